/// <reference types="astro/client" />

// For plain `tsc`: `astro check` reads .astro files itself, tsc only needs to know they exist.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
