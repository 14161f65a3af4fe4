/*
 * Draws the server's chart model (com.marketingplanner.web.chart.Chart) with ECharts.
 * A page embeds each chart as <div class="chart" data-chart> directly followed by its JSON data
 * block <script type="application/json">; this file maps the model to ECharts options.
 * Tooltips and labels show the server's `display` strings, so they read exactly like the
 * tables. A point with an `href` is a link: clicking it opens that page.
 * No inline scripts anywhere: this file is loaded with <script src> (CSP script-src 'self').
 */
(function () {
  'use strict';

  var lang = document.documentElement.lang || 'en';

  var TONES = {
    GOOD: '#2e7d32', WARNING: '#b26a00', BAD: '#c62828', INFO: '#1565c0', NEUTRAL: '#616e7c', MUTED: '#bcccdc',
    SERIES_1: '#1769aa', SERIES_2: '#d9730d', SERIES_3: '#2e8b57', SERIES_4: '#8e44ad', SERIES_5: '#c2185b',
    SERIES_6: '#00838f'
  };
  var ZONE_TONES = {
    GOOD: 'rgba(46,125,50,0.16)', WARNING: 'rgba(230,160,0,0.22)', BAD: 'rgba(198,40,40,0.20)',
    INFO: 'rgba(21,101,192,0.12)', NEUTRAL: 'rgba(97,110,124,0.10)', MUTED: 'rgba(188,204,220,0.25)'
  };

  function tone(name, fallback) { return TONES[name] || fallback || TONES.SERIES_1; }

  function num(v) { return v === null || v === undefined ? null : Number(v); }

  var compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });

  function axisLabel(unit) {
    return function (value) {
      if (unit && unit.kind === 'PERCENT') { return compact.format(value) + '%'; }
      return compact.format(value) + (unit && unit.suffix ? ' ' + unit.suffix : '');
    };
  }

  function escapeHtml(text) {
    return String(text === null || text === undefined ? '' : text)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function baseOption(chart) {
    return {
      animation: false,
      aria: { enabled: true },
      textStyle: { fontFamily: 'inherit' },
      tooltip: { trigger: 'item', confine: true },
      legend: chart.series.length > 1 ? { top: 0, type: 'scroll' } : undefined
    };
  }

  function thresholdLines(chart) {
    if (!chart.thresholds.length) { return undefined; }
    return {
      symbol: 'none', silent: true,
      data: chart.thresholds.map(function (t) {
        var line = { lineStyle: { color: tone(t.tone, TONES.NEUTRAL), type: 'dashed', width: 1.5 },
          label: { formatter: t.label + ' ' + t.display, position: 'insideEndTop', color: tone(t.tone, TONES.NEUTRAL) } };
        line[chart.horizontal ? 'xAxis' : 'yAxis'] = num(t.value);
        return line;
      })
    };
  }

  function valueZones(chart) {
    if (!chart.zones.length) { return undefined; }
    return {
      silent: true,
      data: chart.zones.map(function (z) {
        var from = {}, to = {};
        var key = chart.horizontal ? 'xAxis' : 'yAxis';
        if (z.fromY !== null) { from[key] = num(z.fromY); } else { from[key] = 'min'; }
        if (z.toY !== null) { to[key] = num(z.toY); } else { to[key] = 'max'; }
        from.itemStyle = { color: ZONE_TONES[z.tone] || ZONE_TONES.NEUTRAL };
        from.name = z.label || '';
        return [from, to];
      })
    };
  }

  function datumTooltip(chart) {
    return function (p) {
      var d = p.data && p.data.datum;
      if (!d) { return ''; }
      var head = d.label || chart.categories[p.dataIndex] || p.name || '';
      return '<strong>' + escapeHtml(head) + '</strong><br>' + escapeHtml(p.seriesName) + ': ' + escapeHtml(d.display);
    };
  }

  function categoryOption(chart, lines) {
    var option = baseOption(chart);
    var categoryAxis = { type: 'category', data: chart.categories, axisLabel: { hideOverlap: true } };
    var valueAxis = {
      type: 'value', name: chart.valueAxis.name || '', min: num(chart.valueAxis.min), max: num(chart.valueAxis.max),
      axisLabel: { formatter: axisLabel(chart.valueAxis.unit) }
    };
    if (chart.horizontal) {
      categoryAxis.inverse = true;
      categoryAxis.axisLabel.width = 140;
      categoryAxis.axisLabel.overflow = 'truncate';
    }
    var labelled = chart.horizontal && chart.series.length === 1;
    option.grid = { left: 8, right: labelled ? 96 : 24, top: chart.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true };
    option.xAxis = chart.horizontal ? valueAxis : categoryAxis;
    option.yAxis = chart.horizontal ? categoryAxis : valueAxis;
    option.tooltip = { trigger: 'item', confine: true, formatter: datumTooltip(chart) };
    option.series = [];
    chart.series.forEach(function (s, index) {
      var colour = tone(s.tone, TONES['SERIES_' + ((index % 6) + 1)]);
      if (s.style === 'BAND') {
        var stack = 'band-' + index;
        option.series.push({ name: s.name, type: 'line', stack: stack, symbol: 'none', silent: true,
          lineStyle: { opacity: 0 }, tooltip: { show: false },
          data: s.data.map(function (d) { return num(d.low); }) });
        option.series.push({ name: s.name, type: 'line', stack: stack, symbol: 'none',
          lineStyle: { opacity: 0 }, areaStyle: { color: colour, opacity: 0.18 },
          data: s.data.map(function (d) {
            return { value: d.value === null || d.low === null ? null : num(d.value) - num(d.low), datum: d };
          }) });
        return;
      }
      var type = (lines || s.style === 'LINE' || s.style === 'DASHED') ? 'line' : 'bar';
      var series = {
        name: s.name, type: type, stack: chart.stacked && type === 'bar' ? 'total' : undefined,
        itemStyle: { color: colour },
        lineStyle: s.style === 'DASHED' ? { type: 'dashed', color: colour } : { color: colour },
        symbolSize: 6, connectNulls: false, barMaxWidth: 36,
        data: s.data.map(function (d) {
          var item = { value: num(d.value), datum: d };
          if (d.tone) { item.itemStyle = { color: tone(d.tone) }; }
          return item;
        })
      };
      if (type === 'bar' && labelled) {
        series.label = { show: true, position: 'right', formatter: function (p) { return p.data.datum ? p.data.datum.display : ''; } };
      }
      option.series.push(series);
    });
    if (option.series.length) {
      option.series[0].markLine = thresholdLines(chart);
      option.series[0].markArea = valueZones(chart);
    }
    return option;
  }

  function sparklineOption(chart) {
    var s = chart.series[0] || { data: [] };
    return {
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: chart.categories, boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { trigger: 'item', confine: true, formatter: function (p) {
        return escapeHtml(chart.categories[p.dataIndex]) + ': ' + escapeHtml(p.data.datum.display); } },
      series: [{ type: 'line', symbol: 'circle', symbolSize: 4, connectNulls: true,
        lineStyle: { width: 2, color: tone(s.tone, TONES.SERIES_1) }, itemStyle: { color: tone(s.tone, TONES.SERIES_1) },
        areaStyle: { opacity: 0.12, color: tone(s.tone, TONES.SERIES_1) },
        data: s.data.map(function (d) { return { value: num(d.value), datum: d }; }),
        markLine: thresholdLines(chart) }]
    };
  }

  function donutOption(chart) {
    var s = chart.series[0] || { data: [], name: '' };
    var option = baseOption(chart);
    option.legend = { type: 'scroll', orient: 'horizontal', bottom: 0, left: 'center' };
    option.tooltip = { trigger: 'item', confine: true, formatter: function (p) {
      return '<strong>' + escapeHtml(p.name) + '</strong><br>' + escapeHtml(p.data.datum.display); } };
    option.series = [{
      name: s.name, type: 'pie', radius: ['42%', '70%'], center: ['50%', '44%'], avoidLabelOverlap: true,
      label: { show: false },
      data: s.data.map(function (d, i) {
        return { name: chart.categories[i], value: num(d.value), datum: d,
          itemStyle: { color: tone(d.tone, TONES['SERIES_' + ((i % 6) + 1)]) } };
      }).filter(function (item) { return item.value !== null && item.value > 0; })
    }];
    return option;
  }

  function radarOption(chart) {
    var option = baseOption(chart);
    var max = num(chart.valueAxis.max);
    option.radar = {
      radius: '62%',
      indicator: chart.categories.map(function (c, i) {
        var top = max;
        if (top === null) {
          top = Math.max.apply(null, chart.series.map(function (s) { return num(s.data[i] && s.data[i].value) || 0; }));
        }
        return { name: c, max: top || 1, min: num(chart.valueAxis.min) || 0 };
      }),
      axisName: { color: '#1f2933', overflow: 'truncate', width: 110 }
    };
    option.tooltip = { trigger: 'item', confine: true, formatter: function (p) {
      var s = chart.series[p.seriesIndex === undefined ? 0 : p.seriesIndex];
      var rows = chart.categories.map(function (c, i) {
        return escapeHtml(c) + ': ' + escapeHtml(p.data.datums[i] ? p.data.datums[i].display : '—');
      });
      return '<strong>' + escapeHtml(p.name) + '</strong><br>' + rows.join('<br>');
    } };
    option.series = [{ type: 'radar', symbolSize: 5,
      data: chart.series.map(function (s, index) {
        var colour = tone(s.tone, TONES['SERIES_' + ((index % 6) + 1)]);
        return { name: s.name, datums: s.data,
          value: s.data.map(function (d) { return num(d.value) === null ? 0 : Math.min(num(d.value), max || Infinity); }),
          lineStyle: { color: colour, type: s.style === 'DASHED' ? 'dashed' : 'solid' },
          itemStyle: { color: colour }, areaStyle: s.style === 'DASHED' ? undefined : { color: colour, opacity: 0.15 } };
      }) }];
    return option;
  }

  function matrixOption(chart) {
    var option = baseOption(chart);
    var x = chart.xAxis || { min: null, max: null, name: '' };
    option.grid = { left: 28, right: 16, top: 16, bottom: 30, containLabel: true };
    option.xAxis = { type: 'value', name: x.name || '', nameLocation: 'middle', nameGap: 26,
      min: num(x.min), max: num(x.max), splitLine: { show: false },
      axisLabel: { formatter: axisLabel(x.unit) } };
    // the zones are cells around whole values (impact 1–5): label the whole values only
    option.yAxis = { type: 'value', name: chart.valueAxis.name || '', nameLocation: 'middle', nameGap: 30,
      min: num(chart.valueAxis.min), max: num(chart.valueAxis.max), interval: 0.5, splitLine: { show: false },
      axisTick: { show: false },
      axisLabel: { formatter: function (v) { return Number.isInteger(v) ? String(v) : ''; } } };
    option.tooltip = { trigger: 'item', confine: true, formatter: function (p) {
      var d = p.data && p.data.datum;
      return d ? '<strong>' + escapeHtml(d.label) + '</strong><br>' + escapeHtml(d.display) : '';
    } };
    // points in the same place are spread on a small circle so each stays clickable
    var seen = {};
    option.series = chart.series.map(function (s, index) {
      return { name: s.name, type: 'scatter', symbolSize: 16, cursor: 'pointer',
        itemStyle: { color: tone(s.tone, TONES.SERIES_1), borderColor: '#fff', borderWidth: 1.5 },
        label: { show: true, formatter: function (p) { return p.data.ordinal; }, color: '#fff', fontSize: 10 },
        data: s.data.map(function (d, i) {
          var key = d.x + ':' + d.value;
          var n = seen[key] = (seen[key] || 0) + 1;
          var angle = n * 2.4, radius = n > 1 ? 0.018 * Math.sqrt(n) : 0;
          var item = { value: [num(d.x) + radius * Math.cos(angle), num(d.value) + radius * 12 * Math.sin(angle)],
            datum: d, ordinal: i + 1 };
          if (d.tone) { item.itemStyle = { color: tone(d.tone) }; }
          return item;
        }),
        markArea: index === 0 ? {
          silent: true,
          data: chart.zones.map(function (z) {
            return [{ xAxis: num(z.fromX), yAxis: num(z.fromY), itemStyle: { color: ZONE_TONES[z.tone] || ZONE_TONES.NEUTRAL } },
              { xAxis: num(z.toX), yAxis: num(z.toY) }];
          })
        } : undefined };
    });
    return option;
  }

  var DAY = 24 * 3600 * 1000;

  function day(text) { return new Date(text + 'T00:00:00Z').getTime(); }

  function timelineOption(chart) {
    var option = baseOption(chart);
    var byId = {};
    chart.spans.forEach(function (s) { byId[s.id] = s; });
    option.legend = undefined;
    option.grid = { left: 8, right: 24, top: 12, bottom: 56, containLabel: true };
    option.xAxis = { type: 'time', min: chart.start ? day(chart.start) : undefined,
      max: chart.end ? day(chart.end) + DAY : undefined, position: 'top',
      splitLine: { show: true, lineStyle: { color: '#e4e7eb' } },
      axisLabel: { hideOverlap: true } };
    option.yAxis = { type: 'category', data: chart.rows, inverse: true,
      axisLabel: { width: 170, overflow: 'truncate' }, splitLine: { show: true, lineStyle: { color: '#f0f4f8' } } };
    option.dataZoom = [{ type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', height: 18, bottom: 8,
      labelFormatter: '' }, { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter', zoomOnMouseWheel: 'ctrl' }];
    option.tooltip = { trigger: 'item', confine: true, formatter: function (p) {
      var s = p.data && p.data.span;
      if (!s) { return ''; }
      var when = s.milestone ? s.start : s.start + ' – ' + s.end;
      return '<strong>' + escapeHtml(s.label) + '</strong><br>' + escapeHtml(when) +
        (s.detail ? '<br>' + escapeHtml(s.detail) : '');
    } };
    var bars = chart.spans.filter(function (s) { return !s.milestone; });
    var points = chart.spans.filter(function (s) { return s.milestone; });
    // several bars on one row are stacked in lanes so none hides another
    var lanes = {}, laneCount = {};
    bars.forEach(function (s) {
      var ends = lanes[s.row] = lanes[s.row] || [];
      var lane = 0;
      while (ends[lane] !== undefined && ends[lane] >= day(s.start)) { lane++; }
      ends[lane] = day(s.end);
      s.lane = lane;
      laneCount[s.row] = Math.max(laneCount[s.row] || 1, lane + 1);
    });
    option.series = [{
      type: 'custom', name: 'spans', encode: { x: [1, 2], y: 0 }, cursor: 'pointer',
      renderItem: function (params, api) {
        var s = bars[params.dataIndex];
        var start = api.coord([day(s.start), s.row]);
        var end = api.coord([day(s.end) + DAY, s.row]);
        var band = api.size([0, 1])[1] * 0.7;
        var lanesHere = laneCount[s.row] || 1;
        var h = band / lanesHere;
        var top = start[1] - band / 2 + s.lane * h;
        var shape = echarts.graphic.clipRectByRect({ x: start[0], y: top + 1, width: Math.max(end[0] - start[0], 2), height: h - 2 },
          { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
        if (!shape) { return null; }
        return { type: 'group', children: [
          { type: 'rect', shape: shape, style: { fill: tone(s.tone, TONES.SERIES_1), opacity: 0.85 } },
          { type: 'text', style: { text: shape.width > 60 ? s.label : '', x: shape.x + 4, y: top + h / 2,
            verticalAlign: 'middle', fill: '#fff', fontSize: 11, width: shape.width - 8, overflow: 'truncate' } }
        ] };
      },
      data: bars.map(function (s) { return { value: [s.row, day(s.start), day(s.end) + DAY], span: s }; }),
      markLine: chart.markers.length ? {
        symbol: 'none', silent: true,
        data: chart.markers.map(function (m) {
          return { xAxis: day(m.date), lineStyle: { color: tone(m.tone, TONES.BAD), width: 2 },
            label: { formatter: m.label, position: 'insideStartTop', color: tone(m.tone, TONES.BAD) } };
        })
      } : undefined
    }, {
      type: 'scatter', name: 'milestones', cursor: 'pointer', z: 5,
      data: points.map(function (s) {
        return { value: [day(s.start) + DAY / 2, s.row], span: s,
          symbol: s.gated ? 'pin' : 'diamond', symbolSize: s.gated ? 22 : 14,
          itemStyle: { color: tone(s.tone, TONES.SERIES_1), borderColor: '#fff', borderWidth: 1 } };
      })
    }, {
      type: 'custom', name: 'dependencies', silent: true, z: 4,
      renderItem: function (params, api) {
        var link = chart.links[params.dataIndex];
        var from = byId[link.from], to = byId[link.to];
        if (!from || !to) { return null; }
        var a = api.coord([day(from.end) + (from.milestone ? DAY / 2 : DAY), from.row]);
        var b = api.coord([day(to.start) + (to.milestone ? DAY / 2 : 0), to.row]);
        var midX = Math.max(a[0] + 6, Math.min(b[0] - 6, a[0] + 12));
        return { type: 'group', children: [
          { type: 'polyline', shape: { points: [a, [midX, a[1]], [midX, b[1]], b] },
            style: { stroke: '#52606d', lineWidth: 1, fill: null, lineDash: [3, 2] } },
          { type: 'polygon', shape: { points: [[b[0], b[1]], [b[0] - 6, b[1] - 4], [b[0] - 6, b[1] + 4]] },
            style: { fill: '#52606d' } }
        ] };
      },
      data: chart.links.map(function (l, i) { return [i]; })
    }];
    return option;
  }

  function optionFor(chart) {
    switch (chart.kind) {
      case 'BARS': return categoryOption(chart, false);
      case 'LINES': return categoryOption(chart, true);
      case 'SPARKLINE': return sparklineOption(chart);
      case 'DONUT': return donutOption(chart);
      case 'RADAR': return radarOption(chart);
      case 'MATRIX': return matrixOption(chart);
      case 'TIMELINE': return timelineOption(chart);
      default: return null;
    }
  }

  function hrefOf(params) {
    var data = params.data || {};
    if (data.span) { return data.span.href; }
    if (data.datum) { return data.datum.href; }
    return null;
  }

  var ZOOM_MONTHS = { month: 1, quarter: 3, year: 12 };

  function zoomTo(instance, chart, range, anchor) {
    var months = ZOOM_MONTHS[range];
    if (!months || months >= 12) {
      instance.dispatchAction({ type: 'dataZoom', start: 0, end: 100 });
      return;
    }
    var first = chart.start ? day(chart.start) : Date.now();
    var last = chart.end ? day(chart.end) + DAY : first + 365 * DAY;
    var from = Math.max(first, Math.min(anchor, last - months * 30.4 * DAY));
    instance.dispatchAction({ type: 'dataZoom', startValue: from, endValue: Math.min(last, from + months * 30.4 * DAY) });
  }

  function draw(element) {
    // the chart's JSON data block follows its drawing area
    var source = element.nextElementSibling;
    if (source && source.type !== 'application/json') { source = null; }
    if (!source || typeof echarts === 'undefined') { return; }
    var chart = JSON.parse(source.textContent);
    var option = optionFor(chart);
    if (!option) { return; }
    var instance = echarts.init(element, null, { renderer: 'svg', locale: lang.indexOf('zh') === 0 ? 'ZH' : 'EN' });
    instance.setOption(option);
    instance.on('click', function (params) {
      var href = hrefOf(params);
      if (href) { window.location.assign(href); }
    });
    window.addEventListener('resize', function () { instance.resize(); });
    if (chart.kind === 'TIMELINE') {
      var today = chart.markers.length ? day(chart.markers[0].date) : Date.now();
      document.querySelectorAll('[data-zoom-for="' + element.id + '"]').forEach(function (button) {
        button.addEventListener('click', function () {
          document.querySelectorAll('[data-zoom-for="' + element.id + '"]').forEach(function (other) {
            other.setAttribute('aria-pressed', other === button ? 'true' : 'false');
          });
          var anchor = today - 7 * DAY;
          zoomTo(instance, chart, button.getAttribute('data-zoom'), anchor);
        });
      });
    }
  }

  function drawAll() {
    document.querySelectorAll('.chart[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
