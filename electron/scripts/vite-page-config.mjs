// The one Vite configuration for a page of the app (renderer, store host). The bundle-size
// benchmark builds its React-only floor with the same function, so the comparison is fair.
export function pageConfig({ root, outDir, plugins = [], quiet = false }) {
  return {
    configFile: false,
    root,
    base: './',
    logLevel: quiet ? 'warn' : 'info',
    plugins,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      sourcemap: false,
      reportCompressedSize: false,
    },
  };
}
