#!/usr/bin/env python3
"""Draws the ICTimeline icon (a timeline: lanes of bars and dots on a dark
blue tile) into PNGs of the sizes a desktop asks for. Kept beside the icons so
they can be redrawn; uses only the standard library."""
import math, struct, sys, zlib

def png(path, size, pixels):
    raw = b"".join(b"\x00" + bytes(pixels[y * size * 4:(y + 1) * size * 4]) for y in range(size))
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def draw(size):
    px = bytearray(size * size * 4)
    s = size / 256.0
    def blend(x, y, rgb, a):
        if 0 <= x < size and 0 <= y < size and a > 0:
            i = (y * size + x) * 4
            old_a = px[i + 3] / 255.0
            out_a = a + old_a * (1 - a)
            for k in range(3):
                px[i + k] = int((rgb[k] * a + px[i + k] * old_a * (1 - a)) / out_a) if out_a else 0
            px[i + 3] = int(out_a * 255)
    def coverage(fn, x, y):
        n = 4
        return sum(fn(x + (i + 0.5) / n, y + (j + 0.5) / n) for i in range(n) for j in range(n)) / (n * n)
    def rounded(x0, y0, x1, y1, r):
        def inside(px_, py_):
            cx = min(max(px_, x0 + r), x1 - r)
            cy = min(max(py_, y0 + r), y1 - r)
            return (px_ - cx) ** 2 + (py_ - cy) ** 2 <= r * r and x0 <= px_ <= x1 and y0 <= py_ <= y1
        return inside
    def fill(shape, rgb, box):
        x0, y0, x1, y1 = [int(v) for v in box]
        for y in range(max(0, y0 - 1), min(size, y1 + 2)):
            for x in range(max(0, x0 - 1), min(size, x1 + 2)):
                c = coverage(shape, x, y)
                if c:
                    blend(x, y, rgb, c)
    tile = (16 * s, 16 * s, 240 * s, 240 * s)
    fill(rounded(*tile, 44 * s), (0x12, 0x2B, 0x4A), tile)
    # Three lanes: General Assembly blue, working groups green, cybercrime pink (Okabe-Ito).
    lanes = [((0x56, 0xB4, 0xE9), 70), ((0x3C, 0xC8, 0x9C), 128), ((0xE6, 0x9F, 0xC8), 186)]
    bars = [(48, 150), (96, 208), (60, 120)]
    dots = [(176, 200), (64, 168), (150, 212)]
    for (rgb, y), (bx0, bx1), (d0, d1) in zip(lanes, bars, dots):
        box = (bx0 * s, (y - 13) * s, bx1 * s, (y + 13) * s)
        fill(rounded(*box, 13 * s), rgb, box)
        for d in (d0, d1):
            if not (bx0 - 16 <= d <= bx1 + 16):
                r = 12 * s
                fill(lambda px_, py_, cx=d * s, cy=y * s, r=r: (px_ - cx) ** 2 + (py_ - cy) ** 2 <= r * r, rgb,
                     (d * s - r, y * s - r, d * s + r, y * s + r))
    # Today: a thin orange line across the lanes.
    line = (196 * s, 44 * s, 201 * s, 212 * s)
    fill(lambda px_, py_: line[0] <= px_ <= line[2] and line[1] <= py_ <= line[3], (0xF0, 0x8A, 0x3C), line)
    return px

for size in (16, 32, 48, 64, 128, 256):
    png(f"{sys.argv[1] if len(sys.argv) > 1 else '.'}/ictimeline-{size}.png", size, draw(size))
