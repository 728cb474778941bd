// Draws the statistics page's charts from window.statistics (the same figures as the tables beside them).
(function () {
  var data = window.statistics;
  if (!data || !window.echarts) { return; }
  var yuan = function (v) { return Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); };
  var charts = [];
  function draw(id, option) {
    var node = document.getElementById(id);
    if (!node) { return; }
    var chart = echarts.init(node, null, { renderer: 'svg' });
    chart.setOption(option);
    charts.push(chart);
  }
  var narrow = window.innerWidth < 720;
  draw('chart-districts', {
    tooltip: { trigger: 'axis', valueFormatter: yuan },
    legend: { top: 0, data: data.stages },
    grid: { left: narrow ? 60 : 80, right: 16, top: narrow ? 56 : 40, bottom: 28 },
    xAxis: { type: 'category', data: data.districts },
    yAxis: { type: 'value', axisLabel: { formatter: function (v) { return v >= 10000 ? (v / 10000) + '万' : v; } } },
    series: data.stages.map(function (name, i) { return { name: name, type: 'bar', barMaxWidth: 36, data: data.districtSeries[i] }; })
  });
  draw('chart-types', {
    tooltip: { trigger: 'item', valueFormatter: yuan },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: narrow ? ['30%', '55%'] : ['35%', '65%'], center: ['50%', '45%'],
      label: { formatter: '{b}\n{d}%' }, data: data.types }]
  });
  draw('chart-statuses', {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: narrow ? 72 : 48 },
    xAxis: { type: 'category', data: data.statuses, axisLabel: { interval: 0, rotate: narrow ? 45 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: '申报数', type: 'bar', barMaxWidth: 48, data: data.statusCounts, itemStyle: { color: '#2f6fb3' } }]
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
