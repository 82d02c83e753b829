#!/usr/bin/env python3
"""Packs assets/icons/spikeworks-*.png into the icon files jpackage wants on Windows (.ico) and macOS (.icns).

Both formats may hold PNG data as it is (ICO since Windows Vista, ICNS types ic07-ic10), so no image library is
needed. Run once after the PNGs change: python3 installer/icons.py
"""
import os
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICONS = os.path.join(ROOT, "assets", "icons")


def png(size):
    with open(os.path.join(ICONS, f"spikeworks-{size}.png"), "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"spikeworks-{size}.png is not a PNG"
    return data


def ico(sizes):
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = 6 + 16 * len(images)
    for s, data in zip(sizes, images):
        dim = 0 if s >= 256 else s  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images)


def icns(types):
    chunks = b"".join(kind + struct.pack(">I", 8 + len(png(s))) + png(s) for kind, s in types)
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


if __name__ == "__main__":
    with open(os.path.join(ROOT, "installer", "windows", "spikeworks.ico"), "wb") as f:
        f.write(ico([16, 32, 48, 64, 128, 256]))
    # ic07 128 px, ic08 256 px, ic11 32 px (16@2x), ic12 64 px (32@2x), ic13 256 px (128@2x)
    with open(os.path.join(ROOT, "installer", "macos", "spikeworks.icns"), "wb") as f:
        f.write(icns([(b"ic07", 128), (b"ic08", 256), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256)]))
