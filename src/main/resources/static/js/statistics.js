// Draws the dashboard's monthly trend from the data the page carries (no inline script).
(function () {
  var canvas = document.getElementById('trend-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var trend = JSON.parse(canvas.getAttribute('data-trend'));
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: trend.labels,
      datasets: [
        { label: canvas.getAttribute('data-received') || 'received', data: trend.received, borderColor: '#1f5fa8' },
        { label: canvas.getAttribute('data-resolved') || 'resolved', data: trend.resolved, borderColor: '#2e8540' }
      ]
    },
    options: { animation: false }
  });
})();
