// Small inline SVG charts built in the page (no chart service): text goes in as text nodes, colours as
// attributes, so the pages' Content-Security-Policy (no inline style) holds.
const SVG = 'http://www.w3.org/2000/svg';

function node(tag, attributes = {}, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) n.setAttribute(name, String(value));
  if (text !== undefined) n.textContent = text;
  return n;
}

/** Horizontal bars: [{label, value, note}] scaled to the largest value. */
export function barChart(rows, { title, format = String, color = '#1f5fa8' } = {}) {
  const rowHeight = 26;
  const labelWidth = 170;
  const width = 560;
  const height = Math.max(1, rows.length) * rowHeight + 10;
  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  svg.append(node('title', {}, title));
  const max = Math.max(1, ...rows.map((r) => r.value));
  rows.forEach((r, i) => {
    const y = 5 + i * rowHeight;
    const barWidth = Math.max(1, ((width - labelWidth - 90) * r.value) / max);
    svg.append(
      node('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end', 'font-size': 13, fill: '#1b1f27' }, r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label),
      node('rect', { x: labelWidth, y: y + 3, width: barWidth, height: rowHeight - 8, rx: 3, fill: color }),
      node('text', { x: labelWidth + barWidth + 6, y: y + 16, 'font-size': 12, fill: '#1b1f27' }, format(r.value)));
  });
  return svg;
}

/** One stacked bar per row (promoters, passives, detractors as shares of those who answered) and its score. */
export function stackedChart(rows, { title, legend, score }) {
  const colors = ['#2e7d32', '#9aa3b2', '#c62828'];
  const rowHeight = 34;
  const labelWidth = 120;
  const width = 560;
  const barSpace = width - labelWidth - 80;
  const height = rows.length * rowHeight + 36;
  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  svg.append(node('title', {}, title));
  rows.forEach((r, i) => {
    const y = 5 + i * rowHeight;
    svg.append(node('text', { x: labelWidth - 8, y: y + 18, 'text-anchor': 'end', 'font-size': 13, fill: '#1b1f27' }, r.label));
    const total = r.parts.reduce((a, b) => a + b, 0);
    let x = labelWidth;
    if (total === 0) {
      svg.append(node('rect', { x, y: y + 4, width: barSpace, height: rowHeight - 12, fill: '#eef0f4', stroke: '#c9ced8' }));
    }
    r.parts.forEach((part, j) => {
      if (total === 0 || part === 0) return;
      const w = (barSpace * part) / total;
      svg.append(node('rect', { x, y: y + 4, width: w, height: rowHeight - 12, fill: colors[j] }));
      x += w;
    });
    svg.append(node('text', { x: labelWidth + barSpace + 8, y: y + 18, 'font-size': 13, 'font-weight': 700, fill: '#1b1f27' }, score(r)));
  });
  legend.forEach((name, j) => {
    const x = labelWidth + j * 130;
    svg.append(
      node('rect', { x, y: height - 22, width: 12, height: 12, fill: colors[j] }),
      node('text', { x: x + 17, y: height - 12, 'font-size': 12, fill: '#1b1f27' }, name));
  });
  return svg;
}
