// newsgraph web UI: evidence tooltips in the reader, and zoom for the map. Written for this project.
"use strict";

(function () {
  const tooltip = document.getElementById("tooltip");

  // Every mark enclosing the element, innermost first: an entity inside a quote inside an event.
  function marksAt(element) {
    const found = [];
    for (let node = element && element.closest("mark[data-ref]"); node; node = node.parentElement && node.parentElement.closest("mark[data-ref]")) {
      found.push(node);
    }
    return found;
  }

  function showFor(mark) {
    if (!tooltip) return;
    const list = document.createElement("ul");
    for (const node of marksAt(mark)) {
      const entry = document.getElementById("d-" + node.dataset.ref);
      if (entry) list.appendChild(entry.cloneNode(true)).removeAttribute("id");
    }
    if (!list.children.length) return;
    document.querySelectorAll(".text mark.active").forEach((m) => m.classList.remove("active"));
    document.querySelectorAll('.text mark[data-ref="' + mark.dataset.ref + '"]').forEach((m) => m.classList.add("active"));
    tooltip.replaceChildren(list);
    tooltip.hidden = false;
    const box = mark.getBoundingClientRect();
    tooltip.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tooltip.offsetWidth - 8)) + "px";
    tooltip.style.top = window.scrollY + box.bottom + 6 + "px";
  }

  function hide() {
    if (tooltip) tooltip.hidden = true;
    document.querySelectorAll(".text mark.active").forEach((m) => m.classList.remove("active"));
  }

  const text = document.getElementById("article-text");
  if (text) {
    text.addEventListener("mouseover", (event) => {
      const mark = event.target.closest("mark[data-ref]");
      if (mark) showFor(mark);
    });
    text.addEventListener("mouseleave", hide);
    text.addEventListener("focusin", (event) => {
      if (event.target.matches("mark[data-ref]")) showFor(event.target);
    });
    text.addEventListener("focusout", hide);
    text.addEventListener("keydown", (event) => {
      const mark = event.target.closest && event.target.closest("mark[data-ref]");
      if (event.key === "Escape") hide();
      if (mark && event.key === "Enter") {
        const entry = document.getElementById("d-" + mark.dataset.ref);
        const link = entry && entry.querySelector("a");
        if (link) { event.preventDefault(); hide(); entry.scrollIntoView({ block: "center" }); link.focus(); }
      }
    });
  }

  // The map: zoom by changing the SVG viewBox, keeping the centre.
  const map = document.getElementById("worldmap");
  if (map) {
    const whole = map.dataset.viewbox.split(" ").map(Number);
    let view = whole.slice();
    function zoom(factor) {
      const [x, y, w, h] = view;
      const width = Math.min(whole[2], Math.max(whole[2] / 16, w * factor));
      const height = width * whole[3] / whole[2];
      const cx = x + w / 2, cy = y + h / 2;
      view = [Math.max(0, Math.min(whole[2] - width, cx - width / 2)), Math.max(0, Math.min(whole[3] - height, cy - height / 2)), width, height];
      map.setAttribute("viewBox", view.join(" "));
    }
    document.querySelectorAll("[data-zoom]").forEach((button) => button.addEventListener("click", () => {
      if (button.dataset.zoom === "reset") { view = whole.slice(); map.setAttribute("viewBox", view.join(" ")); }
      else zoom(button.dataset.zoom === "in" ? 0.5 : 2);
    }));
    map.querySelectorAll("a.cluster").forEach((a) => a.addEventListener("focus", () => {
      const circle = a.querySelector("circle");
      if (view[2] < whole[2]) {  // zoomed in: bring the focused cluster into view
        view[0] = Math.max(0, Math.min(whole[2] - view[2], circle.cx.baseVal.value - view[2] / 2));
        view[1] = Math.max(0, Math.min(whole[3] - view[3], circle.cy.baseVal.value - view[3] / 2));
        map.setAttribute("viewBox", view.join(" "));
      }
    }));
  }
})();
