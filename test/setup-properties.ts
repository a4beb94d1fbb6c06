// Property tests explore new random inputs on every local run. In CI
// (CI=true) they replay one fixed seed, so that a run is reproducible and a
// red build always means a changed result; FC_SEED replays a failure seen locally.
import fc from 'fast-check';

const seed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20261125' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
