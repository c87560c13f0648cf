// The allocation board's chart, drawn from its own table (the table is the page; the chart is an extra).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('board-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('#board tbody tr'));
  var column = function (name) {
    return rows.map(function (r) { return Number(r.dataset[name]); });
  };
  canvas.chart = new Chart(canvas, {
    data: {
      labels: rows.map(function (r) { return r.dataset.week; }),
      datasets: [
        { type: 'line', label: 'Supply', data: column('supply'), borderColor: '#1f4e79', backgroundColor: '#1f4e79', tension: 0 },
        { type: 'bar', label: 'Held (proposed)', data: column('held'), backgroundColor: '#e0a526', stack: 'use' },
        { type: 'bar', label: 'Confirmed', data: column('confirmed'), backgroundColor: '#2e7d32', stack: 'use' },
        { type: 'bar', label: 'Shipped', data: column('shipped'), backgroundColor: '#7a7a7a', stack: 'use' }
      ]
    },
    options: {
      animation: false,
      responsive: true,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } }
    }
  });
});
