// End-to-end tests of the rasd dashboard in a real headless browser (Debian chromium driven by
// playwright-core). Run by crates/rasd-server/tests/browser.rs against a server it started on a
// store of examples/pages plus hostile_page.html:
//
//   node e2e.mjs <base-url> <screenshot-dir>
//
// Checks search (results, facets, histogram), an article (headline, highlighted entities), an
// entity page, the relations chart (points that link to articles), the map (countries and
// markers), a page with JavaScript off, and that the hostile page stays inert: its <script> shows
// as text, no dialog fires, no console error, no CSP violation, no request leaves the server.
// Prints one line per check; exits 1 if any failed.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error("usage: node e2e.mjs <base-url> <screenshot-dir>");
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const origin = new URL(base).origin;
const url = (path) => new URL(path, base).toString();

const failures = [];
const dialogs = [];
const consoleErrors = [];
const external = [];
function check(name, ok, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
  if (!ok) failures.push(name);
}

const browser = await chromium.launch({
  executablePath: process.env.RASD_CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

function watch(context) {
  context.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("about:")) external.push(u);
  });
  // CSP violations are reported to the page as events; log them as console errors.
  context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
function watchPage(page) {
  page.on("dialog", async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
}

const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  locale: "ar",
  deviceScaleFactor: 1,
});
watch(context);
const page = await context.newPage();
watchPage(page);

async function go(path) {
  const response = await page.goto(url(path), { waitUntil: "load" });
  // Fonts are the only late resources; wait so that screenshots show them.
  await page.evaluate(() => document.fonts.ready);
  return response;
}
async function shot(name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

try {
  // ---- search ----
  let r = await go("/?q=" + encodeURIComponent("مالي"));
  check("search answers 200", r.status() === 200, String(r.status()));
  check(
    "page is Arabic, right to left",
    await page.evaluate(() => document.documentElement.lang === "ar" && document.documentElement.dir === "rtl"),
  );
  const hits = await page.locator("li.hit").count();
  check("search returns results", hits > 0, `${hits} hits`);
  const facetEntities = await page.locator("aside.facets .facet li").count();
  check("search shows facets", facetEntities > 0, `${facetEntities} facet values`);
  const bars = await page.locator("svg.histogram rect.bar").count();
  check("search draws the per-day histogram", bars > 0, `${bars} bars`);
  const marks = await page.locator("p.snippet mark").count();
  check("snippets highlight the query", marks > 0, `${marks} marks`);
  const fontOk = await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', "مالي"));
  check("the Arabic font is served by rasd and loaded", fontOk);
  await shot("search");

  // A facet narrows the search.
  const facetLink = page.locator("aside.facets .facet a.facet-value").first();
  const facetText = (await facetLink.innerText()).trim();
  await facetLink.click();
  await page.waitForLoadState("load");
  const chips = await page.locator("ul.active-filters li.chip").count();
  check("a facet becomes an active filter", chips > 0, facetText);

  // ---- article ----
  await go("/?q=" + encodeURIComponent("باماكو"));
  const first = page.locator("li.hit h2 a").first();
  const headlineInList = (await first.innerText()).trim();
  await first.click();
  await page.waitForLoadState("load");
  await page.evaluate(() => document.fonts.ready);
  const headline = page.locator("h1.headline");
  check("article headline visible", await headline.isVisible(), headlineInList);
  check("article headline is the hit's", (await headline.innerText()).trim() === headlineInList);
  const ents = await page.locator(".article-body a.ent").count();
  const kinds = await page.evaluate(() =>
    ["per", "loc", "org"].filter((k) => document.querySelector(`.article-body a.ent.${k}`)),
  );
  check("entities highlighted in the body", ents > 0, `${ents} mentions, kinds ${kinds.join(",")}`);
  check("people and places highlighted by type", kinds.includes("per") && kinds.includes("loc"));
  const events = await page.locator(".event-list li.event").count();
  const quotes = await page.locator(".quote-list li.quote").count();
  check("quotes and events listed with evidence", events > 0 && quotes > 0, `${quotes} quotes, ${events} events`);
  await shot("article");

  // ---- entity ----
  const place = page.locator(".article-body a.ent.loc").first();
  const placeText = (await place.innerText()).trim();
  await place.click();
  await page.waitForLoadState("load");
  await page.evaluate(() => document.fonts.ready);
  check("entity page opens", await page.locator(".entity-head h1").isVisible(), placeText);
  const entityBars = await page.locator("svg.histogram rect.bar").count();
  check("entity mentions over time drawn", entityBars > 0, `${entityBars} bars`);
  const co = await page.locator(".entity-side .entity-list li").count();
  check("co-mentioned entities listed", co > 0, `${co}`);
  await shot("entity");

  // ---- relations ----
  const pairs = new URLSearchParams({ a: "الولايات المتحدة", b: "مالي", c: "روسيا", d: "مالي" });
  r = await go(`/relations?${pairs}`);
  check("relations answers 200", r.status() === 200, String(r.status()));
  const panels = await page.locator("section.relations-panel").count();
  check("two pairs side by side", panels === 2, `${panels} panels`);
  const perPanel = await page.$$eval("section.relations-panel", (ps) =>
    ps.map((p) => p.querySelectorAll("svg.goldstein circle.point").length),
  );
  check("relations chart renders points for each pair", perPanel.length === 2 && perPanel.every((n) => n > 0), perPanel.join(" + "));
  await shot("relations");
  const pointHref = await page.locator("svg.goldstein a.point-link").first().getAttribute("href");
  check("a point links to its article", (pointHref || "").startsWith("/article/"), pointHref || "none");
  r = await go(pointHref || "/");
  check("the point's article opens", r.status() === 200 && (await page.locator("h1.headline").isVisible()));

  // ---- map ----
  r = await go("/map?q=" + encodeURIComponent("مالي"));
  const countries = await page.locator("svg.worldmap path.country").count();
  const markers = await page.locator("svg.worldmap circle.marker").count();
  const labels = await page.locator("svg.worldmap text.marker-label").count();
  check("map draws the countries", countries > 150, `${countries}`);
  check("map renders markers", markers > 0, `${markers} markers, ${labels} labels`);
  await shot("map");

  // ---- the hostile page ----
  await go("/?q=" + encodeURIComponent("وفد"));
  await shot("hostile-search");
  const hostileHit = page.locator("li.hit h2 a", { hasText: "<script>" }).first();
  check("the hostile headline shows as text in the results", (await hostileHit.count()) === 1);
  await hostileHit.click();
  await page.waitForLoadState("load");
  await page.evaluate(() => document.fonts.ready);
  const h = (await page.locator("h1.headline").innerText()).trim();
  check("the hostile <script> shows as text", h.includes("<script>alert(1)</script>"), h);
  const inert = await page.evaluate(() => ({
    scripts: document.scripts.length,
    imgs: document.querySelectorAll("img").length,
    styles: document.querySelectorAll("style").length,
    jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => a.href.trim().toLowerCase().startsWith("javascript:")).length,
    bodyShown: getComputedStyle(document.body).display !== "none",
    text: document.body.innerText,
  }));
  check("no element from the hostile text entered the page", inert.scripts === 0 && inert.imgs === 0 && inert.styles === 0 && inert.jsLinks === 0, JSON.stringify({ ...inert, text: undefined }));
  check("the hostile page's body is still shown", inert.bodyShown);
  check("the hostile markup is shown as text", inert.text.includes("<img src=x onerror=alert(2)>") && inert.text.includes("</style>"));
  await shot("hostile-article");

  // ---- JavaScript off: every page is server-rendered ----
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  watch(noJs);
  const p2 = await noJs.newPage();
  watchPage(p2);
  await p2.goto(url("/relations?" + pairs), { waitUntil: "load" });
  const pointsNoJs = await p2.locator("svg.goldstein circle.point").count();
  await p2.goto(url("/?q=" + encodeURIComponent("روسيا")), { waitUntil: "load" });
  const hitsNoJs = await p2.locator("li.hit").count();
  check("pages work with JavaScript off", pointsNoJs > 0 && hitsNoJs > 0, `${hitsNoJs} hits, ${pointsNoJs} points`);
  await noJs.close();

  // ---- narrow screen ----
  await page.setViewportSize({ width: 420, height: 900 });
  await go("/article/" + encodeURIComponent(new URL(pointHref || "/", base).pathname.split("/").pop() || ""));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check("no sideways scrolling on a narrow screen", overflow <= 1, `${overflow}px`);
  await shot("article-narrow");
} catch (e) {
  check("the run completed", false, e && e.stack ? e.stack : String(e));
} finally {
  await browser.close();
}

check("no dialog fired", dialogs.length === 0, dialogs.join(" | "));
check("no console errors or CSP violations", consoleErrors.length === 0, consoleErrors.join(" | "));
check("no request left the server", external.length === 0, external.join(" "));
console.log(failures.length === 0 ? "all browser checks passed" : `${failures.length} browser check(s) failed`);
process.exit(failures.length === 0 ? 0 : 1);
