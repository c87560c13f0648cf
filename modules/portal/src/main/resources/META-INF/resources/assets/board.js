// The allocation boards' charts, drawn from their own tables (the table is the page; the chart is an extra).
document.addEventListener('DOMContentLoaded', function () {
  var draw = function (canvasId, tableId, lines, bars) {
    var canvas = document.getElementById(canvasId);
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var rows = Array.prototype.slice.call(document.querySelectorAll('#' + tableId + ' tbody tr'));
    var column = function (name) {
      return rows.map(function (r) { return Number(r.dataset[name]); });
    };
    var datasets = lines.map(function (l) {
      return { type: 'line', label: l[1], data: column(l[0]), borderColor: l[2], backgroundColor: l[2], tension: 0 };
    }).concat(bars.map(function (b) {
      return { type: 'bar', label: b[1], data: column(b[0]), backgroundColor: b[2], stack: 'use' };
    }));
    canvas.chart = new Chart(canvas, {
      data: { labels: rows.map(function (r) { return r.dataset.week; }), datasets: datasets },
      options: { animation: false, responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
    });
  };
  var use = [['held', 'Held (proposed)', '#e0a526'], ['confirmed', 'Confirmed', '#2e7d32'], ['shipped', 'Shipped', '#7a7a7a']];
  draw('board-chart', 'board', [['supply', 'Supply', '#1f4e79']], use);
  draw('product-chart', 'product-board', [['requested', 'Asked for', '#1f4e79']],
    use.concat([['protected', 'Protected for LTAs', '#8e6bbf'], ['open', 'Open to others', '#9fc5e8']]));
});
