import { cpSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type IndexHtmlTransformContext, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { BUCKETS, fnv1a } from './src/core/corpus/paths.ts';
import { IMPORTED_PREFIX } from './src/lib/imported/ids.ts';

export default defineConfig(({ command }) => ({
  plugins: [
    fontDisplayOptional(),
    react(),
    tailwindcss(),
    copyPublicDir(),
    VitePWA(pwaOptions()),
    routePreload(),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' ? reactRouterProductionBuild() : []),
    ],
  },
  // The annotation engine runs in a module worker for pasted and dropped articles.
  worker: { format: 'es' },
  // The manifest (dist/.vite/manifest.json) maps sources to chunks: the front page's JavaScript
  // budget is computed from it (tests/e2e/specs/feed-bundle.spec.ts).
  build: {
    target: 'es2022',
    // No modulepreload polyfill in the first JavaScript: every browser of the es2022 target but
    // Safari before 17 and Firefox before 115 preloads modules itself, and those only fetch a
    // lazy chunk when it is imported instead of a moment before.
    modulePreload: { polyfill: false },
    manifest: true,
    // Copied by copyPublicDir() instead, which follows the corpus link.
    copyPublicDir: false,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: initialChunk, debugName: 'initial' }] },
      },
    },
  },
  preview: { port: 4173 },
}));

/**
 * What the ingest keeps beside its output link, and its marker in the output: not for the site
 * (src/ingest/output/outputFolder.ts, marker.ts).
 */
const INGEST_BESIDE_OUTPUT =
  /^\.[\w-]+(-\d+-\d+|\.lock|\.link-\d+|\.staging-\d+-\d+(\.previous)?)$/;

/**
 * public/ into the build, as Vite's own copy does but for the corpus: public/data is a link to
 * the version folder the ingest last wrote (public/.data-<time>-<pid>); the link is followed, so
 * dist/data holds the corpus, and the version folders, lock and leftovers beside it are not
 * copied (the corpus would otherwise be in dist twice).
 */
function copyPublicDir(): Plugin {
  let publicDir = '';
  let outDir = '';
  return {
    name: 'broadsheet:copy-public-dir',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      if (!publicDir) return;
      cpSync(publicDir, outDir, {
        recursive: true,
        dereference: true,
        filter: (source) =>
          !INGEST_BESIDE_OUTPUT.test(basename(source)) &&
          basename(source) !== '.broadsheet-corpus.json',
      });
    },
  };
}

interface ChunkingContext {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

const FRONT_PAGE = /src[\\/]features[\\/]feed[\\/]FeedPage\.tsx$/;
const FEED_FEATURE = /src[\\/]features[\\/]feed[\\/]/;

/**
 * The chunk of what every visit needs first: modules that static imports lead to from the entry,
 * and the shared modules (outside the feed feature) the front page imports statically. One
 * chunk instead of a dozen small shared ones saves their import/export glue and compresses
 * better; the feed's own code stays in its route chunk.
 */
function initialChunk(id: string, context: ChunkingContext): string | null {
  const seen = new Set<string>();
  const queue = [id];
  for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
    if (seen.has(current)) continue;
    seen.add(current);
    const info = context.getModuleInfo(current);
    if (info?.isEntry) return 'initial';
    if (FRONT_PAGE.test(current) && !FEED_FEATURE.test(id)) return 'initial';
    queue.push(...(info?.importers ?? []));
  }
  return null;
}

/**
 * The page's own typefaces (Newsreader, Inter) with `font-display: optional` instead of
 * @fontsource's `swap`: a font that is not there within a moment of the first paint is not
 * swapped in later, so text never jumps when it arrives (a first visit on a slow network keeps
 * the fallback fonts; the service worker has the fonts for every visit after). The reading
 * fonts a reader picks (Atkinson Hyperlegible, OpenDyslexic) keep `swap`: they were asked for.
 */
function fontDisplayOptional(): Plugin {
  return {
    name: 'broadsheet-font-display-optional',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/](newsreader|inter)[\\/].*\.css$/.test(id)) return null;
      return code.replaceAll('font-display: swap', 'font-display: optional');
    },
  };
}

/** The modules of a page that loaders and lazy routes import, by route. */
const READER_PAGE = /src[\\/]features[\\/]reader[\\/]ReaderPage\.tsx$/;
const ARTICLE_QUERIES = /src[\\/]lib[\\/]queries[\\/]articleQueries\.ts$/;
const ENTITY_PAGE = /src[\\/]features[\\/]entities[\\/]EntityPage\.tsx$/;
const ENTITY_QUERIES = /src[\\/]lib[\\/]queries[\\/]entityQueries\.ts$/;

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/**
 * Hints for the chunks of `modules` and what they import statically, with their stylesheets
 * (a lazy chunk waits for its CSS), less what the HTML loads already.
 */
function chunkHints(bundle: Bundle, html: string, modules: RegExp[]): object[] {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk') continue;
    if (!modules.some((module) => module.test(output.facadeModuleId ?? ''))) continue;
    for (const file of [output.fileName, ...output.imports]) {
      scripts.add(file);
      const chunk = bundle[file];
      if (chunk?.type !== 'chunk') continue;
      for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    }
  }
  const fresh = (files: Set<string>) => [...files].filter((file) => !html.includes(file));
  return [
    ...fresh(styles).map((file) => ({ rel: 'preload', as: 'style', href: `/${file}` })),
    ...fresh(scripts).map((file) => ({ rel: 'modulepreload', href: `/${file}` })),
  ];
}

/**
 * The HTML itself starts a page's route chunk (with its CSS), its loader's query chunk and its
 * first data file downloading beside the entry script, instead of after the entry has run (a
 * second on a slow phone): on `/` the front page and the manifest; on an article the reader and the
 * article's lookup file (not for an imported article: it redirects); on a person's,
 * organisation's or place's page that page and its file. A small inline script adds the hints
 * for the page opened only, as the first script of the head (after the stylesheet or the
 * entry's tag it would run only once those are in). Data files are fetched as `fetchJson`
 * fetches them (CORS mode, same origin), at src/core/corpus/paths.ts's paths, hashed by its own
 * function.
 */
function routePreload(): Plugin {
  return {
    name: 'broadsheet-route-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const bundle = context.bundle;
        const links = (modules: RegExp[]) => JSON.stringify(chunkHints(bundle, html, modules));
        const data = (path: string) =>
          `{rel:'preload',href:'/data/'+${path},as:'fetch',crossOrigin:'anonymous'}`;
        const feed = links([FRONT_PAGE]);
        const reader = links([READER_PAGE, ARTICLE_QUERIES]);
        const entity = links([ENTITY_PAGE, ENTITY_QUERIES]);
        const code = [
          `(function(){try{var p=location.pathname,m,l=[],h=${fnv1a.toString()},`,
          `b=function(i){return(h(i)%${BUCKETS}).toString(16).padStart(2,'0')};`,
          `if(p==='/')l=${feed}.concat([${data("'manifest.json'")}]);`,
          `else if(m=/^[/]articles[/]([^/]+)$/.exec(p)){m=decodeURIComponent(m[1]);`,
          `if(m.indexOf(${JSON.stringify(IMPORTED_PREFIX)})!==0)l=${reader}.concat([${data("'lookup/'+b(m)+'.json'")}])}`,
          `else if(m=/^[/]entities[/]([^/]+)$/.exec(p)){m=decodeURIComponent(m[1]);`,
          `l=${entity}.concat([${data("'entities/'+b(m)+'/'+m+'.json'")}])}`,
          `for(var a of l)document.head.append(Object.assign(document.createElement('link'),a))}catch(e){}})()`,
        ].join('');
        const at = html.indexOf('<script');
        if (at < 0) return [{ tag: 'script', children: code, injectTo: 'head-prepend' }];
        return `${html.slice(0, at)}<script>${code}</script>\n    ${html.slice(at)}`;
      },
    },
  };
}

/**
 * react-router's package exports send every bundler to its development build (warning and
 * invariant texts included); its production build ships beside it unused
 * (remix-run/react-router#14753). Production bundles take that one. Both entry points import the
 * same relative chunks, so there is still one copy of the router.
 */
function reactRouterProductionBuild() {
  const dist = (file: string) =>
    fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));
  return [
    { find: /^react-router$/, replacement: dist('index.mjs') },
    { find: /^react-router\/dom$/, replacement: dist('dom-export.mjs') },
  ];
}

/**
 * Offline support and installability (vite-plugin-pwa, Workbox generateSW). Precached: the app
 * shell (HTML, scripts including the annotation worker, styles, Latin fonts, icons, the map's
 * shapes), so every address of the app opens offline. The corpus under /data/ is kept by
 * public/sw-runtime.js: the data manifest and the files it names for the front page and search
 * (record pages, facet files, search buckets) are copied on install, and every file a page reads
 * is copied as it is read; when the network fails, the copies answer.
 * `clientsClaim: false`: a service worker controls pages loaded after it is installed, not the
 * page that installed it, so a first visit behaves exactly as without one; that page names the
 * files it read to the worker instead (public/register-sw.js, which also registers the worker,
 * from index.html: `injectRegister: false`).
 */
function pwaOptions(): Partial<VitePWAOptions> {
  return {
    registerType: 'autoUpdate',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'robots.txt'],
    manifest: {
      name: 'Broadsheet',
      short_name: 'Broadsheet',
      description: 'A news reader that shows who said what, in your browser.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1f1d1a',
      background_color: '#f7f4ee',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
      // Text shared from another app opens the import page with it filled in.
      share_target: {
        action: '/import',
        method: 'GET',
        params: { title: 'title', text: 'text', url: 'url' },
      },
    },
    workbox: {
      // The map's shapes (assets/countries-110m-*.json) too: offline, the map still draws.
      globPatterns: [
        '**/*.{js,css,html,svg,png,webmanifest}',
        'assets/*-latin-[0-9]*.woff2',
        'assets/*.json',
      ],
      // The corpus is copied by public/sw-runtime.js instead (see above).
      globIgnores: ['data/**'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/data\//],
      clientsClaim: false,
      skipWaiting: true,
      cleanupOutdatedCaches: true,
      importScripts: ['sw-runtime.js'],
      runtimeCaching: [
        {
          // Font subsets beyond Latin (precached above) as pages need them.
          urlPattern: /\/assets\/.+\.woff2?$/,
          handler: 'CacheFirst',
          options: { cacheName: 'broadsheet-fonts', expiration: { maxEntries: 100 } },
        },
      ],
    },
  };
}
