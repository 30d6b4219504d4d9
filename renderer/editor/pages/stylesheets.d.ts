// Vite: `?url&no-inline` gives the URL of a stylesheet emitted as its own file (never a data: URL,
// which the app's CSP would refuse).
declare module '*.css?url&no-inline' {
  const url: string;
  export default url;
}
