// Rashomon: incidents on bundled country outlines (TopoJSON from world-atlas). No tiles, no network beyond this server.
"use strict";
(() => {
  const SVG = "http://www.w3.org/2000/svg";
  const el = (name, attrs) => { const e = document.createElementNS(SVG, name); for (const k in attrs) e.setAttribute(k, attrs[k]); return e; };

  // TopoJSON arcs -> absolute [lon, lat] rings (quantized, delta-encoded).
  function decodeArcs(topo) {
    const t = topo.transform;
    return topo.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => { x += dx; y += dy; return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [x, y]; });
    });
  }
  function ring(arcs, ids) {
    const out = [];
    for (const i of ids) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      a.forEach((p, k) => { if (k > 0 || out.length === 0) out.push(p); });
    }
    return out;
  }
  function polygons(geom) {
    if (geom.type === "Polygon") return [geom.arcs];
    if (geom.type === "MultiPolygon") return geom.arcs;
    return [];
  }

  function draw(box, topo, incidents) {
    const arcs = decodeArcs(topo);
    // fit the view to the incidents (at least 12 degrees wide), equirectangular scaled by cos(mid latitude)
    const lons = incidents.map((i) => i.location.lon), lats = incidents.map((i) => i.location.lat);
    let [x0, x1, y0, y1] = lons.length ? [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)] : [-170, 170, -60, 75];
    const pad = Math.max(6 - (x1 - x0) / 2, 2), padY = Math.max(4 - (y1 - y0) / 2, 1.5);
    x0 -= pad; x1 += pad; y0 -= padY; y1 += padY;
    const k = Math.cos(((y0 + y1) / 2) * Math.PI / 180);
    const px = (lon) => lon * k, py = (lat) => -lat;
    const svg = el("svg", { viewBox: `${px(x0)} ${py(y1)} ${px(x1) - px(x0)} ${y1 - y0}`, preserveAspectRatio: "xMidYMid meet" });
    const land = el("g", {});
    for (const g of topo.objects.countries.geometries) {
      let d = "";
      for (const poly of polygons(g)) for (const r of poly) {
        const pts = ring(arcs, r);
        if (!pts.some(([lon, lat]) => lon > x0 - 20 && lon < x1 + 20 && lat > y0 - 20 && lat < y1 + 20)) continue;
        d += "M" + pts.map(([lon, lat]) => `${px(lon).toFixed(3)},${py(lat).toFixed(3)}`).join("L") + "Z";
      }
      if (!d) continue;
      const path = el("path", { d, class: "country" });
      const t = el("title", {}); t.textContent = (g.properties && g.properties.name) || ""; path.appendChild(t);
      land.appendChild(path);
    }
    svg.appendChild(land);
    const unit = (x1 - x0) / 120;
    for (const inc of incidents) {
      const a = el("a", { href: inc.links.html });
      const r = unit * (1.2 + Math.sqrt(inc.documents));
      const c = el("circle", { cx: px(inc.location.lon), cy: py(inc.location.lat), r, class: "incident" + (inc.disputes ? " disputed" : "") });
      const t = el("title", {});
      t.textContent = `${inc.title} — ${inc.documents} sources, ${inc.disputes} disputes`;
      c.appendChild(t); a.appendChild(c); svg.appendChild(a);
    }
    box.replaceChildren(svg);
  }

  document.addEventListener("DOMContentLoaded", () => {
    const box = document.getElementById("map");
    if (!box) return;
    const incidents = JSON.parse(document.getElementById("map-data").textContent || "[]");
    fetch(box.dataset.atlas).then((r) => r.json()).then((topo) => draw(box, topo, incidents))
      .catch((e) => { box.textContent = "The map could not be drawn: " + e; });
  });
})();
