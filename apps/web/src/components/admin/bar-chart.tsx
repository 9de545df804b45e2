import { getFormatter, getTranslations } from "next-intl/server";
import { barChartGeometry } from "@/lib/bar-chart-geometry";

export interface BarChartRow {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart drawn on the server as SVG (no script): every bar carries its label and
 * its value in text, so it reads without colour; the same numbers follow as a table. The SVG is
 * one image named by the chart's heading.
 */
export async function BarChart({
  id,
  title,
  labelHeader,
  rows,
}: {
  id: string;
  title: string;
  labelHeader: string;
  rows: BarChartRow[];
}) {
  const t = await getTranslations("admin.dashboard");
  const format = await getFormatter();
  const { width, height, bars } = barChartGeometry(rows.map((row) => row.value));
  const cell = "border border-slate-200 px-3 py-1.5";
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={id} className="text-lg font-semibold text-brand-900">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-800">{t("none")}</p>
      ) : (
        <>
          <svg
            role="img"
            aria-labelledby={id}
            viewBox={`0 0 ${width} ${height}`}
            className="mt-3 h-auto w-full max-w-2xl"
            data-chart={id}
          >
            {bars.map((bar, index) => (
              <g key={index}>
                <text
                  x={bar.labelX}
                  y={bar.textY}
                  textAnchor="end"
                  dominantBaseline="middle"
                  fontSize="12"
                  fill="#1e293b"
                >
                  {rows[index]!.label}
                </text>
                <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx="2" fill="#0b5d5e" />
                <text
                  x={bar.valueX}
                  y={bar.textY}
                  dominantBaseline="middle"
                  fontSize="12"
                  fill="#0f172a"
                  data-value
                >
                  {format.number(rows[index]!.value)}
                </text>
              </g>
            ))}
          </svg>
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-800 underline">{t("asTable")}</summary>
            <table className="mt-2 border-collapse text-left" data-table={id}>
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    {labelHeader}
                  </th>
                  <th scope="col" className={cell}>
                    {t("count")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={index}>
                    <th scope="row" className={`${cell} font-normal`}>
                      {row.label}
                    </th>
                    <td className={cell}>{format.number(row.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
