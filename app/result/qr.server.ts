// QR codes drawn on the server as one SVG path (no client code, no images to fetch).
import QRCode from "qrcode";

export interface QrShape {
  size: number;
  /**
   * An SVG path to stroke 1 unit wide: one horizontal line per run of dark modules, through the middle of its
   * row (so the stroke covers exactly the run's squares), the next run on a row a relative move away. About half
   * the bytes of one closed square per run, the same picture.
   */
  d: string;
  value: string;
}

/** The margin around the code, in modules (the quiet zone readers need). */
const QUIET = 2;

export function qrShape(value: string): QrShape {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: "M" });
  const size = modules.size;
  let d = "";
  for (let y = 0; y < size; y++) {
    let end = -1;
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      d +=
        end < 0
          ? `M${start + QUIET} ${y + QUIET + 0.5}h${x - start}`
          : `m${start - end} 0h${x - start}`;
      end = x;
    }
  }
  return { size: size + 2 * QUIET, d, value };
}
