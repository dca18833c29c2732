// SpawnAI Starter: theme toggle, counter and clock. No frameworks, no network.
"use strict";

// Local storage can be unavailable (privacy modes, some embedded views).
const store = {
  get(key) {
    try { return window.localStorage.getItem(key); } catch { return null; }
  },
  set(key, value) {
    try { window.localStorage.setItem(key, value); } catch { /* ignore */ }
  },
};

// ---- Theme: follows the system until the user picks one with the toggle.
const THEME_KEY = "spawnai-starter-theme";
const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
const toggle = document.getElementById("theme-toggle");
const themeIcon = document.getElementById("theme-icon");

function currentTheme() {
  const saved = store.get(THEME_KEY);
  if (saved === "light" || saved === "dark") return saved;
  return systemDark.matches ? "dark" : "light";
}

function applyTheme(theme, remember) {
  if (remember) {
    document.documentElement.dataset.theme = theme;
    store.set(THEME_KEY, theme);
  } else if (store.get(THEME_KEY) === null) {
    delete document.documentElement.dataset.theme; // let the CSS media query decide
  }
  const dark = theme === "dark";
  toggle.setAttribute("aria-pressed", String(dark));
  themeIcon.textContent = dark ? "☾" : "☀";
}

const saved = store.get(THEME_KEY);
if (saved) document.documentElement.dataset.theme = saved;
applyTheme(currentTheme(), false);

toggle.addEventListener("click", () => {
  applyTheme(currentTheme() === "dark" ? "light" : "dark", true);
});
systemDark.addEventListener("change", () => applyTheme(currentTheme(), false));

// ---- Counter with a configurable step, remembered between visits.
const COUNT_KEY = "spawnai-starter-count";
const output = document.getElementById("count");
const stepInput = document.getElementById("step");
const form = document.getElementById("step-form");
let count = Number.parseInt(store.get(COUNT_KEY) ?? "0", 10) || 0;

function step() {
  const value = Number.parseInt(stepInput.value, 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 100) : 1;
}

function render() {
  output.textContent = count.toLocaleString();
  store.set(COUNT_KEY, String(count));
}

document.getElementById("inc").addEventListener("click", () => { count += step(); render(); });
document.getElementById("dec").addEventListener("click", () => { count -= step(); render(); });
form.addEventListener("submit", (event) => event.preventDefault());
form.addEventListener("reset", () => { count = 0; render(); });
render();

// ---- Where the page runs, from its address: E2B serves a sandbox's port at
// {port}-{sandbox id}.{domain}, a local sandbox at 127.0.0.1. Anything else
// keeps the page's own words, which are true everywhere.
const where = document.getElementById("where");
const host = window.location.hostname;
if (/^\d+-[a-z0-9]+\./.test(host)) {
  where.textContent = "Running in an E2B cloud sandbox";
} else if (host === "127.0.0.1" || host === "localhost" || host === "[::1]") {
  where.textContent = "Running in a local sandbox";
}

// ---- Clock, updated once a second.
const clock = document.getElementById("clock");
const date = document.getElementById("date");
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: "long", year: "numeric", month: "long", day: "numeric" });

function tick() {
  const now = new Date();
  clock.textContent = timeFormat.format(now);
  date.textContent = dateFormat.format(now);
}

tick();
setInterval(tick, 1000);
