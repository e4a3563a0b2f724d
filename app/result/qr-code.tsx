import type { QrShape } from "~/result/qr.server";

/** A QR code of a link, for the printed record; the link itself is printed next to it. */
export function QrCode({ shape, label }: { shape: QrShape; label: string }) {
  return (
    <figure className="qr">
      <svg
        viewBox={`0 0 ${shape.size} ${shape.size}`}
        role="img"
        aria-label={label}
        className="qr__svg"
        data-testid="qr-code"
      >
        <rect width={shape.size} height={shape.size} fill="#ffffff" />
        <path d={shape.d} fill="#000000" />
      </svg>
      <figcaption>
        <code>{shape.value}</code>
      </figcaption>
    </figure>
  );
}
