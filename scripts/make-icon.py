#!/usr/bin/env python3
"""Draw assets/icon.png (512x512): a blue rounded tile with a white budget sheet — a bold title
bar, a header row and a grid — the app's icon for electron-builder (which derives the Windows
.ico and Linux sizes from it). Pure Python (zlib only), 4x supersampled for smooth edges."""
import os, struct, zlib

N, SS = 512, 4
BLUE, SHEET, INK, HEAD = (28, 92, 170), (255, 255, 255), (28, 92, 170), (214, 228, 245)

def inside_round_rect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def colour(x, y):
    """The colour at (x, y) in 512-space, or None for transparent."""
    if not inside_round_rect(x, y, 16, 16, 496, 496, 96):
        return None
    if not inside_round_rect(x, y, 104, 88, 408, 424, 18):
        return BLUE
    if 128 <= x <= 384 and 114 <= y <= 138:          # the title
        return INK
    if 128 <= x <= 384 and 164 <= y <= 212:          # the header row
        return HEAD if not (y >= 206) else INK
    in_grid = 128 <= x <= 384 and 164 <= y <= 396
    if in_grid and (abs(x - 128) < 4 or abs(x - 384) < 4 or abs(x - 224) < 3 or abs(x - 304) < 3):
        return INK                                   # columns
    if in_grid and any(abs(y - ry) < 3 for ry in (164, 252, 298, 344, 396)):
        return INK                                   # rows
    if 236 <= x <= 292 and 262 <= y <= 288:          # a highlighted total cell
        return HEAD
    return SHEET

rows = []
for py in range(N):
    row = bytearray([0])
    for px in range(N):
        acc = [0, 0, 0, 0]
        for sy in range(SS):
            for sx in range(SS):
                c = colour(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                if c:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        n = SS * SS
        a = acc[3] // n
        if a:
            k = acc[3] / 255
            row += bytes((int(acc[0] / k), int(acc[1] / k), int(acc[2] / k), a))
        else:
            row += bytes((0, 0, 0, 0))
    rows.append(bytes(row))

def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'assets', 'icon.png')
open(out, 'wb').write(png)
print(out, len(png), 'bytes')
