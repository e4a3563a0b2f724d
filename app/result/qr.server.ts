// QR codes drawn on the server as one SVG path (no client code, no images to fetch).
import QRCode from "qrcode";

export interface QrShape {
  size: number;
  /** An SVG path: one 1×1 square per dark module, merged into horizontal runs. */
  d: string;
  value: string;
}

export function qrShape(value: string): QrShape {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: "M" });
  const size = modules.size;
  let d = "";
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      d += `M${start + 2} ${y + 2}h${x - start}v1h${start - x}z`;
    }
  }
  return { size: size + 4, d, value };
}
