/**
 * The chart font's subset exists only once the build has cut it (.build/font/, aliased as
 * `frontier-font` in astro.config.mjs): this tells the type checker what it will be, so a fresh
 * clone type-checks before its first build.
 */
declare module 'frontier-font/frontier-sans-400.woff2?url' {
  const url: string;
  export default url;
}
declare module 'frontier-font/frontier-sans-600.woff2?url' {
  const url: string;
  export default url;
}
