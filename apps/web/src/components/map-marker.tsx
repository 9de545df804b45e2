/**
 * A marker on an area map: a plain link (no script) drawn as a disc with a short text, and a wide
 * amber halo as its focus ring, since an SVG link draws no outline of its own.
 */
export function MapMarker({
  at: [x, y],
  href,
  label,
  title,
  text,
  radius = 13,
}: {
  at: [number, number];
  href: string;
  label: string;
  /** The tooltip, where the label says more than the marker shows. */
  title?: string;
  text: string;
  radius?: number;
}) {
  return (
    <a href={href} aria-label={label} className="group outline-none">
      {title && <title>{title}</title>}
      <circle
        cx={x}
        cy={y}
        r={radius + 6}
        className="fill-none stroke-accent-600 opacity-0 group-focus-visible:opacity-100"
        strokeWidth={4}
      />
      <circle
        cx={x}
        cy={y}
        r={radius}
        className="fill-brand-700 stroke-white group-hover:fill-brand-900"
        strokeWidth={2}
      />
      <text
        x={x}
        y={y}
        dy="0.35em"
        textAnchor="middle"
        aria-hidden="true"
        className="fill-white text-xs font-semibold"
      >
        {text}
      </text>
    </a>
  );
}
