// pytk client test harness: imports one compiled test module and runs a test function when
// the test runner asks (window.__pytkTests.run(name, timeoutMs)). The runner loads the page
// afresh before each test.
const moduleUrl = new URL(import.meta.url).searchParams.get("module");
let uncaught = [];

function describe(error) {
  if (error === null || error === undefined) return { exception: "Error", message: String(error), stack: "" };
  try {
    return { exception: error.__class__.__name__, message: error.__str__(), stack: String(error.stack || "") };
  } catch (notPython) {
    return { exception: error.name || "Error", message: error.message === undefined ? String(error) : String(error.message),
             stack: String(error.stack || "") };
  }
}

window.addEventListener("error", (event) => uncaught.push(describe(event.error === undefined ? event.message : event.error)));
window.addEventListener("unhandledrejection", (event) => uncaught.push(describe(event.reason)));

function deadline(ms) {
  return new Promise((resolve, reject) => setTimeout(
    () => reject({ exception: "TimeoutError", message: `the test did not finish within ${ms / 1000} s`, stack: "", described: true }), ms));
}

let testModule = null;
let loadError = null;
try {
  testModule = await import(moduleUrl);
} catch (error) {
  loadError = describe(error);
}

async function run(name, timeoutMs) {
  if (loadError) return { ok: false, error: loadError, phase: "import" };
  uncaught = [];
  const test = testModule[name];
  if (typeof test !== "function") {
    return { ok: false, error: { exception: "NameError", message: `the compiled test module has no function '${name}'`, stack: "" } };
  }
  try {
    await Promise.race([Promise.resolve().then(() => test()), deadline(timeoutMs)]);
  } catch (error) {
    return { ok: false, error: error && error.described ? error : describe(error) };
  }
  await new Promise((resolve) => setTimeout(resolve, 0));  // let errors thrown by callbacks surface
  if (uncaught.length) return { ok: false, error: uncaught[0], phase: "uncaught" };
  return { ok: true };
}

window.__pytkTests = { run };
