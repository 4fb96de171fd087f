/**
 * The pictures in reports/eval.html, drawn as inline HTML and SVG so the page
 * needs no script, no stylesheet and no CDN: it opens from disk, offline.
 */
import { escapeHtml } from '../escape-html.js';
import type { ConfusionMatrix } from './classification-metrics.js';
import type { HistogramBin } from './confidence-histogram.js';
import type { ThresholdSweep } from './calibration.js';

/**
 * The confusion matrix as a table whose cells shade with their share of the
 * row: the diagonal (right) in green, confusions in red, so where intents
 * bleed into each other stands out at a glance. Columns are headed by the
 * rows' numbers rather than by the intent names, so the table is only as wide
 * as its cells and fits a laptop screen whole.
 */
export function confusionHeatMap({ labels, counts }: ConfusionMatrix): string {
  const header = labels.map((label, column) => `<th class="col" title="${escapeHtml(label)}" scope="col">${column + 1}</th>`).join('');
  const rows = labels.map((label, row) => {
    const cells = counts[row] ?? [];
    const total = cells.reduce((sum, n) => sum + n, 0);
    const tds = cells.map((count, column) => {
      const share = total === 0 ? 0 : count / total;
      const hue = row === column ? '22,140,60' : '200,40,40';
      const style = count === 0 ? '' : ` style="background:rgba(${hue},${(0.12 + 0.88 * share).toFixed(2)})${share > 0.5 ? ';color:#fff' : ''}"`;
      return `<td${style} title="${escapeHtml(`${label} → ${labels[column] ?? ''}: ${count}`)}">${count === 0 ? '' : count}</td>`;
    });
    return `<tr><th class="row" scope="row">${row + 1}. ${escapeHtml(label)}</th>${tds.join('')}</tr>`;
  });
  return `<table class="heat"><thead><tr><th>expected ↓ / predicted (by number) →</th>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const WIDTH = 520;
const HEIGHT = 340;
const MARGIN = 48;
/** Room on the left for the y ticks ("0.975") beside the rotated axis title. */
const LEFT = 66;
/** Tick and label text: 13px, so a chart scaled down to a phone's width still reads at about 9px. */
const FONT_PX = 13;
/** A generous average advance of the digits, dots and dashes in labels, so estimated boxes never undercount. */
const CHAR_PX = FONT_PX * 0.62;

/** A text's box in chart pixels, for keeping labels apart. */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function textBox(x: number, baseline: number, text: string, anchor: 'start' | 'end'): Box {
  const width = text.length * CHAR_PX;
  const left = anchor === 'start' ? x : x - width;
  return { left, right: left + width, top: baseline - FONT_PX, bottom: baseline + 3 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Labels for points, most important first, each in the first corner around
 * its point where it neither overlaps a label already placed (or `taken`) nor
 * leaves the chart; a label with no such corner is left out (the point keeps
 * its tooltip, and the table beside the chart lists every value).
 */
function placeLabels(labels: readonly { x: number; y: number; text: string }[], taken: readonly Box[]): string[] {
  const placed = [...taken];
  const corners = [
    { dx: 8, dy: -8, anchor: 'start' },
    { dx: 8, dy: 18, anchor: 'start' },
    { dx: -8, dy: -8, anchor: 'end' },
    { dx: -8, dy: 18, anchor: 'end' },
  ] as const;
  return labels.flatMap(({ x, y, text }) => {
    for (const { dx, dy, anchor } of corners) {
      const box = textBox(x + dx, y + dy, text, anchor);
      const inside = box.left >= LEFT && box.right <= WIDTH && box.top >= 0 && box.bottom <= HEIGHT - MARGIN;
      if (!inside || placed.some((other) => overlaps(box, other))) continue;
      placed.push(box);
      return [`<text x="${(x + dx).toFixed(1)}" y="${(y + dy).toFixed(1)}" class="tick label" text-anchor="${anchor}">${escapeHtml(text)}</text>`];
    }
    return [];
  });
}

/** Maps data to pixels; each axis spans `[lo, 1]` so a curve bunched near the top still spreads out. */
interface Plot {
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
  readonly xLo: number;
  readonly yLo: number;
}

function plot(xLo: number, yLo: number): Plot {
  return {
    x: (value) => LEFT + ((value - xLo) / (1 - xLo)) * (WIDTH - LEFT - MARGIN),
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
 * target as a dashed line. Values that land on the same point share a label;
 * labels that would collide give way, the recommended and in-use values last.
 */
export function coverageCurve(sweep: ThresholdSweep, precisionTarget: number): string {
  const chart = plot(lowerBound(sweep.points.map((p) => p.coverage)), lowerBound([...sweep.points.map((p) => p.precision), precisionTarget]));
  const at = (point: { coverage: number; precision: number }) => `${chart.x(point.coverage).toFixed(1)},${chart.y(point.precision).toFixed(1)}`;
  const byPosition = new Map<string, typeof sweep.points[number][]>();
  for (const point of sweep.points) byPosition.set(at(point), [...(byPosition.get(at(point)) ?? []), point]);
  const groups = [...byPosition].map(([position, points]) => {
    const [cx = 0, cy = 0] = position.split(',').map(Number);
    const values = points.map((point) => point.value);
    const rank = values.includes(sweep.recommended ?? NaN) ? 0 : values.includes(sweep.current) ? 1 : 2;
    return { cx, cy, values, first: points[0], rank, label: values.length === 1 ? String(values[0]) : `${values[0]}–${values.at(-1)}` };
  });
  const marks = groups.map(({ cx, cy, first, rank, label }) => {
    const style = ['fill="#168c3c" r="6"', 'fill="#fff" stroke="#1f4e99" stroke-width="2" r="6"', 'fill="#1f4e99" r="3.5"'][rank];
    const title = `${sweep.parameter} ${label}: coverage ${pctText(first?.coverage)}, precision ${pctText(first?.precision)}`;
    return `<circle cx="${cx}" cy="${cy}" ${style}><title>${escapeHtml(title)}</title></circle>`;
  });
  const targetText = `target ${pctText(precisionTarget)}`;
  const targetLabel = { x: chart.x(chart.xLo) + 4, y: chart.y(precisionTarget) + 16 };
  const pointBoxes = groups.map(({ cx, cy }) => ({ left: cx - 6, right: cx + 6, top: cy - 6, bottom: cy + 6 }));
  const labels = placeLabels(
    [...groups].sort((a, b) => a.rank - b.rank).map(({ cx, cy, label }) => ({ x: cx, y: cy, text: label })),
    [textBox(targetLabel.x, targetLabel.y, targetText, 'start'), ...pointBoxes],
  );
  return svg(`Coverage against precision as ${sweep.parameter} varies`, [
    ...axes(chart, 'in-scope coverage', 'answer precision'),
    `<line x1="${chart.x(chart.xLo)}" x2="${chart.x(1)}" y1="${chart.y(precisionTarget)}" y2="${chart.y(precisionTarget)}" stroke="#c83232" stroke-dasharray="5 4"/>`,
    `<text x="${targetLabel.x}" y="${targetLabel.y}" class="tick label" fill="#c83232">${targetText}</text>`,
    `<polyline points="${sweep.points.map(at).join(' ')}" fill="none" stroke="#1f4e99" stroke-width="1.5"/>`,
    ...marks,
    ...labels,
  ]);
}

/**
 * Two histograms of answers by confidence, right ones in green and wrong ones
 * in red, each on its own scale: wrong answers are few, and on a shared scale
 * their bars would be a pixel high. Each bar carries its count.
 */
export function confidenceCharts(bins: readonly HistogramBin[]): string {
  return [
    histogram(bins.map((bin) => ({ ...bin, count: bin.correct })), 'right', '#168c3c'),
    histogram(bins.map((bin) => ({ ...bin, count: bin.wrong })), 'wrong', '#c83232'),
  ].join('');
}

/** Smallest bar drawn for a count above zero, so one wrong answer is as visible as it is worrying. */
const MIN_BAR_PX = 4;

function histogram(bins: readonly { from: number; to: number; count: number }[], what: 'right' | 'wrong', colour: string): string {
  const chart = plot(0, 0);
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  const slot = (WIDTH - LEFT - MARGIN) / Math.max(1, bins.length);
  const bars = bins.map(({ from, to, count }, index) => {
    if (count === 0) return '';
    const height = Math.max(MIN_BAR_PX, (count / most) * (HEIGHT - 2 * MARGIN - FONT_PX - 4));
    const top = HEIGHT - MARGIN - height;
    const left = LEFT + index * slot;
    return `<rect x="${(left + 2).toFixed(1)}" y="${top.toFixed(1)}" width="${(slot - 4).toFixed(1)}" height="${height.toFixed(1)}" fill="${colour}"><title>${count} ${what} answers, confidence ${from.toFixed(1)}–${to.toFixed(1)}</title></rect>` +
      `<text x="${(left + slot / 2).toFixed(1)}" y="${(top - 4).toFixed(1)}" class="tick" text-anchor="middle">${count}</text>`;
  });
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  return svg(`Confidence of the ${total} ${what} answers`, [...axes(chart, `confidence of ${what} answers (${total})`, 'answers', false), ...bars]);
}

/** Five ticks per axis from its lower bound to 1; `yTicks` false when the y axis counts rather than measures a share. */
function axes(chart: Plot, xLabel: string, yLabel: string, yTicks = true): string[] {
  const ticks = [0, 0.25, 0.5, 0.75, 1].flatMap((t) => {
    const xt = chart.xLo + t * (1 - chart.xLo);
    const yt = chart.yLo + t * (1 - chart.yLo);
    return [
      // The end ticks align inwards: the first clear of the y ticks beside it, the last inside the chart.
      `<text x="${chart.x(xt)}" y="${HEIGHT - MARGIN + 18}" class="tick" text-anchor="${t === 0 ? 'start' : t === 1 ? 'end' : 'middle'}">${round(xt)}</text>`,
      `<line x1="${chart.x(chart.xLo)}" x2="${chart.x(1)}" y1="${chart.y(yt)}" y2="${chart.y(yt)}" stroke="#e4e4e4"/>`,
      yTicks ? `<text x="${LEFT - 6}" y="${chart.y(yt) + 4}" class="tick" text-anchor="end">${round(yt)}</text>` : '',
    ];
  });
  return [
    ...ticks,
    `<line x1="${LEFT}" x2="${WIDTH - MARGIN}" y1="${HEIGHT - MARGIN}" y2="${HEIGHT - MARGIN}" stroke="#333"/>`,
    `<line x1="${LEFT}" x2="${LEFT}" y1="${HEIGHT - MARGIN}" y2="${MARGIN}" stroke="#333"/>`,
    `<text x="${(LEFT + WIDTH - MARGIN) / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeHtml(xLabel)}</text>`,
    `<text x="14" y="${HEIGHT / 2}" text-anchor="middle" transform="rotate(-90 14 ${HEIGHT / 2})">${escapeHtml(yLabel)}</text>`,
  ];
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function pctText(value: number | undefined): string {
  return value === undefined ? '' : `${(value * 100).toFixed(1)}%`;
}

function svg(title: string, parts: readonly string[]): string {
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}" font-size="${FONT_PX}"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}
