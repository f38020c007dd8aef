"""Packs the .oxt: the staged files, deflated at the highest level (the package has a size
budget, tests/integration/test_package.py), in the order given, directories walked in sorted
order so that two builds pack the same bytes.

    python3 zip_package.py OUTPUT.oxt STAGE_DIR ENTRY...
"""
import os
import sys
import zipfile


def main(output, stage, entries):
    paths = []
    for entry in entries:
        full = os.path.join(stage, entry)
        if os.path.isdir(full):
            for root, directories, files in os.walk(full):
                directories.sort()
                paths += [os.path.relpath(os.path.join(root, name), stage) for name in sorted(files)]
        else:
            paths.append(entry)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        for path in paths:
            package.write(os.path.join(stage, path), path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
