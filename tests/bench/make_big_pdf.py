#!/usr/bin/env python3
"""Writes a valid PDF of about SIZE_MB megabytes: one page of text and a large incompressible
image stream (random bytes), so that a bid document of realistic size streams through sealing
and opening. Usage: make_big_pdf.py OUT.pdf SIZE_MB TEXT"""
import os
import sys

out, size_mb, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
side = max(16, int((size_mb * 1024 * 1024 / 3) ** 0.5))  # RGB image of about size_mb
pixels = os.urandom(side * side * 3)
content = ("BT /F1 24 Tf 72 720 Td (%s) Tj ET q 400 0 0 400 100 200 cm /Im1 Do Q" % text).encode()
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
    b" /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB"
    b" /BitsPerComponent 8 /Length %d >>\nstream\n" % (side, side, len(pixels)) + pixels
    + b"\nendstream",
]
with open(out, "wb") as f:
    f.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(f.tell())
        f.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = f.tell()
    f.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        f.write(b"%010d 00000 n \n" % offset)
    f.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, xref))
