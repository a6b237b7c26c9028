// "Xu hướng 12 tháng" on "Bảng điều hành" (issue 19): month by month from GET /api/dashboard/trends, drawn with
// uPlot (a webjar served by the application, no CDN). Readable without colour: each line has its own dash pattern
// and point shape, shown in a legend with words, and every value is written in a table under its chart.
import { OUTCOMES, duration, el, table } from './dashboard-parts.js';

const UPLOT = 'webjars/uplot/1.6.30/dist/';

// Okabe–Ito colours (told apart with most colour vision deficiencies), and never the only difference.
const STYLES = [
  { color: '#0072B2', dash: [], shape: 'circle' },
  { color: '#D55E00', dash: [10, 5], shape: 'square' },
  { color: '#009E73', dash: [2, 4], shape: 'triangle' },
  { color: '#CC79A7', dash: [14, 4, 3, 4], shape: 'diamond' },
  { color: '#000000', dash: [6, 3, 1, 3, 1, 3], shape: 'cross' }
];

const number = value => (value === null || value === undefined ? '—'
  : value.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));

/** Draws a point's shape centred on x, y (size: its width). */
function mark(ctx, shape, x, y, size) {
  const r = size / 2;
  ctx.beginPath();
  if (shape === 'square') {
    ctx.rect(x - r, y - r, size, size);
  } else if (shape === 'triangle') {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.1, y + r * 0.8);
    ctx.lineTo(x - r * 1.1, y + r * 0.8);
    ctx.closePath();
  } else if (shape === 'diamond') {
    ctx.moveTo(x, y - r * 1.3);
    ctx.lineTo(x + r * 1.1, y);
    ctx.lineTo(x, y + r * 1.3);
    ctx.lineTo(x - r * 1.1, y);
    ctx.closePath();
  } else if (shape === 'cross') {
    ctx.moveTo(x - r, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.moveTo(x + r, y - r);
    ctx.lineTo(x - r, y + r);
  } else {
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

function paint(ctx, style, shape, x, y, size) {
  ctx.strokeStyle = style.color;
  ctx.fillStyle = style.color;
  mark(ctx, shape, x, y, size);
  if (shape === 'cross') {
    ctx.stroke();
  } else {
    ctx.fill();
  }
}

/** The line and point of a series as a small picture (the legend, the tables' row headings). */
function swatch(style) {
  const canvas = el('canvas', { width: 84, height: 28, class: 'congvu-swatch', 'aria-hidden': 'true' });
  const ctx = canvas.getContext('2d');
  ctx.scale(2, 2);
  ctx.lineWidth = 2;
  ctx.strokeStyle = style.color;
  ctx.setLineDash(style.dash);
  ctx.beginPath();
  ctx.moveTo(2, 7);
  ctx.lineTo(40, 7);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.lineWidth = 2;
  paint(ctx, style, style.shape, 21, 7, 8);
  return canvas;
}

const named = (style, label) => el('span', { class: 'congvu-series' }, swatch(style), label);

/** After uPlot drew the lines: each series' shape on each month that has a value. */
function drawMarks(u) {
  const ctx = u.ctx;
  const size = 9 * devicePixelRatio;
  ctx.save();
  ctx.lineWidth = 2 * devicePixelRatio;
  u.series.forEach((series, i) => {
    if (i === 0 || !series.show) {
      return;
    }
    u.data[i].forEach((value, month) => {
      if (value !== null && value !== undefined) {
        paint(ctx, series.congvu, series.congvu.shape, u.valToPos(month, 'x', true), u.valToPos(value, 'y', true),
          size);
      }
    });
  });
  ctx.restore();
}

/** One chart: its title, the legend, the lines, and the table of its values. */
function chart(uPlot, months, spec) {
  const labels = months.map(m => m.label);
  const styled = spec.series.map((s, i) => ({ ...s, style: STYLES[i] }));
  const legend = el('ul', { class: 'congvu-legend' }, styled.map(s => el('li', {}, named(s.style, s.label))));
  const plot = el('div', { class: 'congvu-chart', role: 'img',
    'aria-label': `${spec.title}: biểu đồ đường theo tháng; số liệu ở bảng dưới` });
  const values = styled.map(s => months.map(s.value));
  const rows = styled.map((s, i) => [named(s.style, s.label), ...values[i].map(s.text || number)]);
  (spec.extraRows || []).forEach(extra => rows.push([extra.label, ...months.map(extra.value)]));
  const figure = el('figure', { class: 'congvu-trend' }, el('h4', {}, spec.title), legend, plot,
    el('div', { class: 'congvu-trend-values' }, table(`Số liệu: ${spec.title.toLowerCase()}`, [spec.rowsTitle,
      ...labels], rows)));
  const largest = Math.max(0, ...values.flat().filter(v => v !== null));
  const axis = { stroke: '#222', font: '13px sans-serif', labelFont: 'bold 13px sans-serif',
    grid: { stroke: '#e3e3e3', width: 1 }, ticks: { stroke: '#bbb', width: 1 } };
  const options = {
    width: 900,
    height: 260,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.4, months.length - 0.6] },
      y: { range: () => [0, spec.top ? spec.top(largest) : Math.max(4, Math.ceil(largest * 1.15))] }
    },
    axes: [
      { ...axis, label: spec.xLabel, splits: () => labels.map((l, i) => i), values: () => labels },
      { ...axis, label: spec.yLabel, size: 60, values: (u, splits) => splits.map(number),
        incrs: spec.incrs || [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000] }
    ],
    series: [{}, ...styled.map(s => ({ label: s.label, stroke: s.style.color, width: 2, dash: s.style.dash,
      points: { show: false }, spanGaps: false, congvu: s.style }))],
    hooks: { draw: [drawMarks] }
  };
  return { figure, draw: () => {
    options.width = Math.max(600, Math.min(plot.clientWidth || 900, 1100));
    // eslint-disable-next-line no-new
    new uPlot(options, [labels.map((l, i) => i), ...values], plot);
  } };
}

function specs(months) {
  const hours = minutes => (minutes === null || minutes === undefined ? null : minutes / 60);
  return [
    { title: 'Đề nghị ra khỏi thành phố theo kết quả', rowsTitle: 'Kết quả', xLabel: 'Tháng tiếp nhận đề nghị',
      yLabel: 'Số đề nghị', series: Object.entries(OUTCOMES).map(([key, label]) => ({ label,
        value: m => m.travel[key] ?? 0 })) },
    { title: 'Sự việc đột xuất: tiếp nhận và chuyển cấp trên', rowsTitle: 'Chỉ tiêu',
      xLabel: 'Tháng tiếp nhận sự việc', yLabel: 'Số sự việc, số lần chuyển', series: [
        { label: 'Sự việc tiếp nhận', value: m => m.incidents.reported },
        { label: 'Tự động chuyển cấp trên do quá hạn', value: m => m.incidents.escalatedByClock },
        { label: 'Cấp quyết định chuyển cấp trên', value: m => m.incidents.escalatedByDecision }] },
    { title: 'Thời gian lãnh đạo cho ý kiến (giờ làm việc)', rowsTitle: 'Chỉ tiêu',
      xLabel: 'Tháng tiếp nhận đề nghị', yLabel: 'Giờ làm việc', incrs: [0.5, 1, 2, 4, 8, 16, 24, 40, 80, 160],
      top: largest => Math.max(2, Math.ceil(largest * 1.15)), series: [
        { label: 'Trung vị', value: m => hours(m.approval.medianMinutes),
          raw: m => m.approval.medianMinutes },
        { label: 'Phân vị 90', value: m => hours(m.approval.p90Minutes), raw: m => m.approval.p90Minutes }],
      extraRows: [{ label: 'Số đề nghị đã cho ý kiến', value: m => String(m.approval.count) }] },
    { title: 'Báo cáo tháng của các đơn vị', rowsTitle: 'Tình trạng', xLabel: 'Kỳ báo cáo', yLabel: 'Số đơn vị',
      series: [
        { label: 'Nộp đúng hạn', value: m => m.reports.onTime },
        { label: 'Nộp muộn', value: m => m.reports.late },
        { label: 'Quá hạn, chưa nộp', value: m => m.reports.overdue }],
      extraRows: [{ label: 'Chưa đến hạn, chưa nộp', value: m => String(m.reports.pending) }] }
  ].map(spec => ({ ...spec, series: spec.series.map(s => (s.raw ? { ...s, text: (v, i) => duration(s.raw(months[i])) }
    : s)) }));
}

async function library(root) {
  if (!document.querySelector('link[data-congvu="uplot"]')) {
    document.head.appendChild(el('link', { rel: 'stylesheet', href: `${root}${UPLOT}uPlot.min.css`,
      'data-congvu': 'uplot' }));
  }
  return (await import(`${root}${UPLOT}uPlot.esm.js`)).default;
}

/** Fills node with the trends of the signed-in person's units; root: the application's path ("/"). */
export async function trends(node, root) {
  try {
    const [uPlot, response] = await Promise.all([library(root), fetch(`${root}api/dashboard/trends`, {
      credentials: 'same-origin', headers: { Accept: 'application/json' } })]);
    if (!response.ok) {
      node.replaceChildren();
      return;
    }
    const data = await response.json();
    const months = data.months;
    const charts = specs(months).map(spec => chart(uPlot, months, spec));
    node.replaceChildren(el('h3', {}, 'Xu hướng 12 tháng'),
      el('p', { class: 'congvu-scope' }, `Từ tháng ${months[0].label} đến tháng ${months[months.length - 1].label}`,
        ' (tháng cuối tính đến hôm nay). Mỗi đường có kiểu nét và hình điểm riêng (xem chú giải); số liệu ghi trong',
        ' bảng dưới mỗi biểu đồ.'),
      ...charts.map(c => c.figure));
    charts.forEach(c => c.draw());
  } catch (e) {
    node.replaceChildren(el('p', { class: 'alert alert-warning', role: 'alert' }, 'Không tải được xu hướng 12 tháng.'));
  }
}
