/**
 * The pictures in reports/eval.html, drawn as inline HTML and SVG so the page
 * needs no script, no stylesheet and no CDN: it opens from disk, offline.
 */
import type { ConfusionMatrix } from './classification-metrics.js';
import type { HistogramBin } from './confidence-histogram.js';
import type { ThresholdSweep } from './calibration.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The confusion matrix as a table whose cells shade with their share of the
 * row: the diagonal (right) in green, confusions in red, so where intents
 * bleed into each other stands out at a glance.
 */
export function confusionHeatMap({ labels, counts }: ConfusionMatrix): string {
  const header = labels.map((label) => `<th class="col" title="${escapeHtml(label)}">${escapeHtml(label)}</th>`).join('');
  const rows = labels.map((label, row) => {
    const cells = counts[row] ?? [];
    const total = cells.reduce((sum, n) => sum + n, 0);
    const tds = cells.map((count, column) => {
      const share = total === 0 ? 0 : count / total;
      const hue = row === column ? '22,140,60' : '200,40,40';
      const style = count === 0 ? '' : ` style="background:rgba(${hue},${(0.12 + 0.88 * share).toFixed(2)})${share > 0.5 ? ';color:#fff' : ''}"`;
      return `<td${style} title="${escapeHtml(`${label} → ${labels[column] ?? ''}: ${count}`)}">${count === 0 ? '' : count}</td>`;
    });
    return `<tr><th class="row">${escapeHtml(label)}</th>${tds.join('')}</tr>`;
  });
  return `<table class="heat"><thead><tr><th>expected ↓ / predicted →</th>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const WIDTH = 520;
const HEIGHT = 340;
const MARGIN = 48;

/** Maps data to pixels; each axis spans `[lo, 1]` so a curve bunched near the top still spreads out. */
interface Plot {
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
  readonly xLo: number;
  readonly yLo: number;
}

function plot(xLo: number, yLo: number): Plot {
  return {
    x: (value) => MARGIN + ((value - xLo) / (1 - xLo)) * (WIDTH - 2 * MARGIN),
    y: (value) => HEIGHT - MARGIN - ((value - yLo) / (1 - yLo)) * (HEIGHT - 2 * MARGIN),
    xLo,
    yLo,
  };
}

/** The lowest value shown, rounded down to a twentieth with some room below the data. */
function lowerBound(values: readonly number[]): number {
  return Math.max(0, Math.floor((Math.min(1, ...values) - 0.02) * 20) / 20);
}

/**
 * Coverage (x) against precision (y), one point per threshold value, the
 * target as a dashed line. Values that land on the same point share a label.
 */
export function coverageCurve(sweep: ThresholdSweep, precisionTarget: number): string {
  const chart = plot(lowerBound(sweep.points.map((p) => p.coverage)), lowerBound([...sweep.points.map((p) => p.precision), precisionTarget]));
  const at = (point: { coverage: number; precision: number }) => `${chart.x(point.coverage).toFixed(1)},${chart.y(point.precision).toFixed(1)}`;
  const byPosition = new Map<string, typeof sweep.points[number][]>();
  for (const point of sweep.points) byPosition.set(at(point), [...(byPosition.get(at(point)) ?? []), point]);
  const marks = [...byPosition].map(([position, points]) => {
    const [cx, cy] = position.split(',');
    const values = points.map((point) => point.value);
    const first = points[0];
    const style = values.includes(sweep.recommended ?? NaN) ? 'fill="#168c3c" r="6"' : values.includes(sweep.current) ? 'fill="#fff" stroke="#1f4e99" stroke-width="2" r="6"' : 'fill="#1f4e99" r="3.5"';
    const label = values.length === 1 ? String(values[0]) : `${values[0]}–${values.at(-1)}`;
    const title = `${sweep.parameter} ${label}: coverage ${pctText(first?.coverage)}, precision ${pctText(first?.precision)}`;
    return `<circle cx="${cx}" cy="${cy}" ${style}><title>${escapeHtml(title)}</title></circle><text x="${Number(cx) + 7}" y="${Number(cy) - 7}" class="tick">${label}</text>`;
  });
  return svg(`Coverage against precision as ${sweep.parameter} varies`, [
    ...axes(chart, 'in-scope coverage', 'answer precision'),
    `<line x1="${chart.x(chart.xLo)}" x2="${chart.x(1)}" y1="${chart.y(precisionTarget)}" y2="${chart.y(precisionTarget)}" stroke="#c83232" stroke-dasharray="5 4"/>`,
    `<text x="${chart.x(chart.xLo) + 4}" y="${chart.y(precisionTarget) + 14}" class="tick" fill="#c83232">target ${pctText(precisionTarget)}</text>`,
    `<polyline points="${sweep.points.map(at).join(' ')}" fill="none" stroke="#1f4e99" stroke-width="1.5"/>`,
    ...marks,
  ]);
}

/** Side-by-side bars per confidence bin, right answers in green and wrong in red, each with its count. */
export function confidenceChart(bins: readonly HistogramBin[]): string {
  const chart = plot(0, 0);
  const most = Math.max(1, ...bins.map((bin) => Math.max(bin.correct, bin.wrong)));
  const slot = (WIDTH - 2 * MARGIN) / Math.max(1, bins.length);
  const bars = bins.flatMap((bin, index) => {
    const left = MARGIN + index * slot;
    const bar = (count: number, offset: number, colour: string, what: string) => {
      if (count === 0) return '';
      const height = Math.max(1, (count / most) * (HEIGHT - 2 * MARGIN - 14));
      const top = HEIGHT - MARGIN - height;
      return `<rect x="${(left + offset).toFixed(1)}" y="${top.toFixed(1)}" width="${(slot / 2 - 2).toFixed(1)}" height="${height.toFixed(1)}" fill="${colour}"><title>${count} ${what}, confidence ${bin.from.toFixed(1)}–${bin.to.toFixed(1)}</title></rect>` +
        `<text x="${(left + offset + slot / 4 - 1).toFixed(1)}" y="${(top - 3).toFixed(1)}" class="tick" text-anchor="middle">${count}</text>`;
    };
    return [bar(bin.correct, 1, '#168c3c', 'right'), bar(bin.wrong, slot / 2, '#c83232', 'wrong')];
  });
  return svg('Confidence of right and wrong answers', [...axes(chart, 'confidence (green: right, red: wrong)', 'answers', false), ...bars]);
}

/** Five ticks per axis from its lower bound to 1; `yTicks` false when the y axis counts rather than measures a share. */
function axes(chart: Plot, xLabel: string, yLabel: string, yTicks = true): string[] {
  const ticks = [0, 0.25, 0.5, 0.75, 1].flatMap((t) => {
    const xt = chart.xLo + t * (1 - chart.xLo);
    const yt = chart.yLo + t * (1 - chart.yLo);
    return [
      `<text x="${chart.x(xt)}" y="${HEIGHT - MARGIN + 16}" class="tick" text-anchor="middle">${round(xt)}</text>`,
      `<line x1="${chart.x(chart.xLo)}" x2="${chart.x(1)}" y1="${chart.y(yt)}" y2="${chart.y(yt)}" stroke="#e4e4e4"/>`,
      yTicks ? `<text x="${MARGIN - 6}" y="${chart.y(yt) + 4}" class="tick" text-anchor="end">${round(yt)}</text>` : '',
    ];
  });
  return [
    ...ticks,
    `<line x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${HEIGHT - MARGIN}" y2="${HEIGHT - MARGIN}" stroke="#333"/>`,
    `<line x1="${MARGIN}" x2="${MARGIN}" y1="${HEIGHT - MARGIN}" y2="${MARGIN}" stroke="#333"/>`,
    `<text x="${WIDTH / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeHtml(xLabel)}</text>`,
    `<text x="12" y="${HEIGHT / 2}" text-anchor="middle" transform="rotate(-90 12 ${HEIGHT / 2})">${escapeHtml(yLabel)}</text>`,
  ];
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function pctText(value: number | undefined): string {
  return value === undefined ? '' : `${(value * 100).toFixed(1)}%`;
}

function svg(title: string, parts: readonly string[]): string {
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}
