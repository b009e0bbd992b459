#!/usr/bin/env python3
"""Signs every artifact of a p2 update site with OpenPGP, the way p2 verifies it.

For each artifact of artifacts.xml (bundles and features) a detached, ASCII-armored signature is
made with gpg, and two artifact properties are written, which p2 (and Verbatim's PluginInstaller)
read when the artifact is installed:

  pgp.signatures  the armored signature of the artifact's bytes
  pgp.publicKeys  the armored public key that made it

artifacts.xml is then written again, and artifacts.jar / artifacts.xml.xz are made again from it
when the site had them, so that every form of the index says the same. Artifacts that already carry
a signature are signed again (a rebuild gives one consistent signature set).

The key: VERBATIM_SIGNING_KEY (a file with an armored secret key) and, when that key has a
passphrase, VERBATIM_SIGNING_PASSPHRASE. Without them the committed DEVELOPMENT key
releng/signing/verbatim-dev-secret.asc is used: it is public, so it proves nothing about who built
a site; it is for development builds and tests only, never for releases.

Usage: sign-update-site.py SITE_DIR [ZIP]   (ZIP: also write the signed site as this zip)
       sign-update-site.py --remove-signatures SITE_DIR   (an unsigned copy, for tests)
"""

import lzma
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_KEY = os.path.join(HERE, "..", "signing", "verbatim-dev-secret.asc")


def fail(message):
    print("sign-update-site: " + message, file=sys.stderr)
    sys.exit(1)


def gpg(home, *args, data=None):
    cmd = ["gpg", "--homedir", home, "--batch", "--yes", "--no-tty", "--pinentry-mode", "loopback"]
    passphrase = os.environ.get("VERBATIM_SIGNING_PASSPHRASE")
    if passphrase is not None:
        cmd += ["--passphrase", passphrase]
    result = subprocess.run(cmd + list(args), input=data, capture_output=True)
    if result.returncode != 0:
        fail("gpg " + " ".join(args) + " failed: " + result.stderr.decode("utf-8", "replace").strip())
    return result.stdout


def read_artifacts_xml(site):
    """The text of artifacts.xml, from the plain file, the jar or the xz form, and which forms exist."""
    forms = {name: os.path.exists(os.path.join(site, name))
             for name in ("artifacts.xml", "artifacts.jar", "artifacts.xml.xz")}
    if forms["artifacts.xml"]:
        with open(os.path.join(site, "artifacts.xml"), "rb") as f:
            return f.read(), forms
    if forms["artifacts.jar"]:
        with zipfile.ZipFile(os.path.join(site, "artifacts.jar")) as jar:
            return jar.read("artifacts.xml"), forms
    if forms["artifacts.xml.xz"]:
        with lzma.open(os.path.join(site, "artifacts.xml.xz")) as f:
            return f.read(), forms
    fail(site + " has no artifacts.xml, artifacts.jar or artifacts.xml.xz: is it a p2 update site?")
    return None


def artifact_file(site, classifier, artifact_id, version):
    folder = {"osgi.bundle": "plugins", "org.eclipse.update.feature": "features"}.get(classifier)
    if folder is None:
        return None
    return os.path.join(site, folder, artifact_id + "_" + version + ".jar")


def set_property(properties, name, value):
    for prop in properties.findall("property"):
        if prop.get("name") == name:
            prop.set("value", value)
            return
    ET.SubElement(properties, "property", {"name": name, "value": value})


def write_zip(site, zip_path):
    tmp = zip_path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for folder, dirs, files in os.walk(site):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(folder, name)
                archive.write(path, os.path.relpath(path, site))
    os.replace(tmp, zip_path)


def write_artifacts_xml(site, forms, new_text):
    if forms["artifacts.xml"]:
        with open(os.path.join(site, "artifacts.xml"), "wb") as f:
            f.write(new_text)
    if forms["artifacts.jar"]:
        tmp = os.path.join(site, "artifacts.jar.tmp")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as jar:
            jar.writestr("artifacts.xml", new_text)
        os.replace(tmp, os.path.join(site, "artifacts.jar"))
    if forms["artifacts.xml.xz"]:
        with lzma.open(os.path.join(site, "artifacts.xml.xz"), "wb", format=lzma.FORMAT_XZ,
                       check=lzma.CHECK_CRC64) as f:
            f.write(new_text)


def remove_signatures(site):
    text, forms = read_artifacts_xml(site)
    head = text[:text.index(b"<repository")]
    root = ET.fromstring(text)
    removed = 0
    for properties in root.iter("properties"):
        for prop in list(properties.findall("property")):
            if prop.get("name", "").startswith("pgp."):
                properties.remove(prop)
                removed += 1
        properties.set("size", str(len(properties.findall("property"))))
    write_artifacts_xml(site, forms, head + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n")
    print("sign-update-site: removed %d signature properties from %s" % (removed, site))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--remove-signatures":
        remove_signatures(os.path.abspath(sys.argv[2]))
        return
    if len(sys.argv) not in (2, 3):
        fail("usage: sign-update-site.py SITE_DIR [ZIP]")
    site = os.path.abspath(sys.argv[1])
    if not os.path.isdir(site):
        fail(site + " is not a folder; give the update site made by the build (target/repository)")
    key_file = os.environ.get("VERBATIM_SIGNING_KEY") or DEV_KEY
    if not os.path.isfile(key_file):
        fail("signing key " + key_file + " not found; set VERBATIM_SIGNING_KEY to an armored secret key file")
    text, forms = read_artifacts_xml(site)
    # artifacts.xml starts with processing instructions (<?artifactRepository ...?>) that p2 needs;
    # keep everything before the root element as it was.
    head_end = text.index(b"<repository")
    head = text[:head_end]
    root = ET.fromstring(text)

    home = tempfile.mkdtemp(prefix="verbatim-sign-")
    try:
        gpg(home, "--import", key_file)
        public_key = gpg(home, "--armor", "--export").decode("ascii")
        if "BEGIN PGP PUBLIC KEY BLOCK" not in public_key:
            fail("the key in " + key_file + " gave no public key")
        signed = 0
        for artifact in root.iter("artifact"):
            path = artifact_file(site, artifact.get("classifier"), artifact.get("id"), artifact.get("version"))
            if path is None:
                continue
            if not os.path.isfile(path):
                fail("artifact " + path + " named in artifacts.xml is missing")
            signature = gpg(home, "--armor", "--detach-sign", "--output", "-", path).decode("ascii")
            properties = artifact.find("properties")
            if properties is None:
                properties = ET.SubElement(artifact, "properties")
            set_property(properties, "pgp.signatures", signature)
            set_property(properties, "pgp.publicKeys", public_key)
            properties.set("size", str(len(properties.findall("property"))))
            signed += 1
    finally:
        shutil.rmtree(home, ignore_errors=True)

    body = ET.tostring(root, encoding="unicode").encode("utf-8")
    new_text = head + body + b"\n"
    write_artifacts_xml(site, forms, new_text)
    if len(sys.argv) == 3:
        write_zip(site, sys.argv[2])
    print("sign-update-site: signed %d artifacts of %s with %s" % (signed, site,
          "the DEVELOPMENT key" if key_file == DEV_KEY else key_file))


if __name__ == "__main__":
    main()
