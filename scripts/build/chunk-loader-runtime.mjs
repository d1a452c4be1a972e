/**
 * The few lines the chunk linker puts at the start of the script-tag entry when it has lazy
 * parts: a loader that fetches a part as a classic `<script>` beside the store's own tag and
 * resolves with the part's exports. It ships in the gated bundle, so it stays small; the
 * minifier shortens the names.
 *
 * - The store's tag is `document.currentScript` while the entry first runs; parts resolve
 *   against its `src`, and copy its `nonce`, `crossOrigin` and `referrerPolicy`.
 * - The SRI chain follows the store: only when its tag carries `integrity` does each part get
 *   its sha256 (a store without SRI, on a CDN without CORS, keeps working).
 * - A part calls `document.currentScript[key](factory)` while it runs; the loader set that
 *   expando on the element it created, so a part only ever reaches its own loader.
 * - `error` (network, SRI mismatch, CSP) or a part that registered nothing rejects with an
 *   Error naming the URL; a rejected load is forgotten, so a retry fetches again.
 * - An entry evaluated without `document.currentScript` (pasted into a bundle, run by
 *   `eval`) cannot know where its parts are: a load rejects with an Error saying so.
 */

/**
 * The loader's source. `names` are identifiers free in the entry: `shared` (assigned the
 * entry's bindings once it has run), `load(path, integrity)`, and two privates.
 */
export function loaderRuntime({ key, names }) {
  const { shared, load, tag, cache } = names;
  return `var ${shared},${tag}=document.currentScript,${cache}={},${load}=(path,integrity)=>${cache}[path]||=new Promise((resolve,reject)=>{
if(!${tag})throw Error("my-orders: parts load beside the script tag, and this copy ran without one (document.currentScript); bundle the 'my-orders' module instead");
var script=document.createElement("script"),url=new URL(path,${tag}.src).href;
script.src=url;
script.nonce=${tag}.nonce;
script.crossOrigin=${tag}.crossOrigin;
script.referrerPolicy=${tag}.referrerPolicy;
if(${tag}.integrity)script.integrity=integrity;
script[${JSON.stringify(key)}]=resolve;
script.onload=script.onerror=()=>{script.remove();reject(Error("my-orders: could not load "+url))};
document.head.append(script)
}).then((factory)=>factory(${shared})).catch((error)=>{delete ${cache}[path];throw error});
`;
}
