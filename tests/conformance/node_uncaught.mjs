// Preloaded by the conformance harness (node --import): an uncaught exception is reported the
// way CPython ends a traceback, "ClassName: message" on the last line of stderr, exit status 1.
// An error raised by JavaScript itself is reported as "JavaScript TypeError: ...", which never
// matches a Python exception class name.
function report(e) {
  let line;
  try {
    if (e && e.__class__ && e.__class__.__name__) {
      let text = '';
      try { text = String(e.__str__()); } catch (x) { text = ''; }
      line = text === '' ? e.__class__.__name__ : e.__class__.__name__ + ': ' + text;
    } else if (e instanceof Error) {
      line = (e.stack ? e.stack + '\n' : '') + 'JavaScript ' + e.name + ': ' + e.message;
    } else if (typeof e === 'function' && e.__name__) {
      line = 'JavaScript value thrown: the class ' + e.__name__ + ' itself, not an instance';
    } else {
      line = 'JavaScript value thrown: ' + String(e).split('\n')[0];
    }
  } catch (x) {
    line = 'JavaScript value thrown';
  }
  process.stderr.write('Traceback (uncaught under node)\n' + line + '\n');
  process.exitCode = 1;
}
process.on('uncaughtException', report);
process.on('unhandledRejection', report);
