// The dashboard's LTA chart, drawn from its table (the table is the page; the chart is an extra).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('lta-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('#ltas tbody tr'));
  var column = function (name) {
    return rows.map(function (r) { return Number(r.dataset[name]); });
  };
  canvas.chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(function (r) { return r.dataset.lta; }),
      datasets: [
        { label: 'Called off', data: column('called'), backgroundColor: '#2e7d32' },
        { label: 'Remaining', data: column('remaining'), backgroundColor: '#9fc5e8' }
      ]
    },
    options: { indexAxis: 'y', animation: false, responsive: true, scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } }
  });
});
