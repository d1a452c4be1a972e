/**
 * The chunk linker: a build plugin that turns the script tag's code-split ES build into
 * classic scripts, so `my-orders.js` stays one plain `<script>` while the code behind a
 * dynamic `import()` moves into lazy parts (`parts/<name>-<hash>.js`).
 *
 * - The entry is wrapped in `(()=>{ ... })()`. Its `export{x as a}` (what the parts import)
 *   becomes a private object `{a:x}`, handed to the parts once the entry has run. Each
 *   `import("./parts/X.js")` becomes `load("./parts/X.js","sha256-...")`, the loader of
 *   chunk-loader-runtime.mjs, injected at the top of the wrapper.
 * - A part becomes `document.currentScript[key](function(shared){const{a:x}=shared; ...;
 *   return{default:...}})`: its imports from the entry read the shared object, its exports
 *   are the object the loader resolves with (an ES namespace's shape).
 * - Only one level: the entry may not import anything statically, and a part imports only
 *   the entry. Anything else (a common chunk, a part loading a part, an export form it cannot
 *   map, an entry binding that changes after the entry ran, `import.meta`, top-level await)
 *   fails the build with a message saying what.
 * - `import()` of anything but an emitted chunk (a variable URL) is left a native `import()`.
 *
 * Rewrites happen in renderChunk, before minification, with magic-string so the source maps
 * follow. A part's sha256 is only known once its final bytes are (generateBundle): renderChunk
 * writes a placeholder of the same length, patched there, so the entry's map stays valid.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import MagicString from 'magic-string';
import { parseAst } from 'vite';
import { loaderRuntime } from './chunk-loader-runtime.mjs';
import { childNodes, reassignedInFunctions } from './reassigned-bindings.mjs';
import { partIntegrityOf } from './release.mjs';

const NAME = 'chunk-linker';

/** Throws; file names still carrying rolldown's hash placeholders read `name-[hash].js`. */
function fail(message) {
  throw new Error(`${NAME}: ${message.replace(/!~\{\d+\}~/g, '[hash]')}`);
}

/** `base`, or `base` with a number, that occurs nowhere in `code` as an identifier. */
function freeName(code, base) {
  for (let index = 0; ; index += 1) {
    const name = index === 0 ? base : `${base}${index}`;
    if (!new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`).test(code)) return name;
  }
}

function nameOf(node) {
  return node.type === 'Identifier' ? node.name : String(node.value);
}

/** `{a:x,b:y}` (a getter for a binding that may still change), from [exported, local] pairs. */
function objectLiteral(pairs, mutable = new Set()) {
  const members = pairs.map(([exported, local]) => {
    const key = JSON.stringify(exported);
    return mutable.has(local) ? `get ${key}(){return ${local}}` : `${key}:${local}`;
  });
  return `{${members.join(',')}}`;
}

/** Calls `visit` on every node of the tree, with whether it sits inside a function. */
function walk(node, visit, inFunction = false) {
  visit(node, inFunction);
  const inner = inFunction || /Function|ClassBody/.test(node.type);
  for (const child of childNodes(node)) walk(child, visit, inner);
}

/** Fails on what a classic script cannot hold; returns the dynamic `import()` nodes. */
function scanBody(program, fileName) {
  const imports = [];
  walk(program, (node, inFunction) => {
    if (node.type === 'MetaProperty' && node.meta.name === 'import')
      fail(`${fileName} uses import.meta, which a classic script has not`);
    if (!inFunction && (node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await)))
      fail(`${fileName} has a top-level await`);
    if (node.type === 'ImportExpression') imports.push(node);
  });
  return imports;
}

/** The chunk a module specifier of `fromFile` points at, as a path relative to the output dir. */
function resolveSpecifier(fromFile, specifier) {
  return specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(fromFile), specifier)) : null;
}

export function chunkLinker() {
  /** SRI placeholder -> the part's preliminary file name; filled by renderChunk. */
  const placeholders = new Map();

  // The expando a part calls on its own <script>: private to one release (the entry's name
  // carries the version). Set before hashing, so a part's name changes whenever it does.
  const keyFor = (entryFileName) => `_mo${createHash('sha256').update(entryFileName).digest('hex').slice(0, 8)}`;

  function linkEntry(code, chunk, key) {
    if (chunk.imports.length > 0) {
      fail(
        `the entry ${chunk.fileName} imports ${chunk.imports.join(', ')} statically; a classic script must hold all it runs first (is preserveEntrySignatures 'allow-extension'?)`,
      );
    }
    const program = parseAst(code);
    const out = new MagicString(code);
    const exported = [];
    for (const statement of program.body) {
      if (statement.type === 'ImportDeclaration') fail(`the entry ${chunk.fileName} has an import declaration`);
      if (
        statement.type === 'ExportDefaultDeclaration' ||
        statement.type === 'ExportAllDeclaration' ||
        (statement.type === 'ExportNamedDeclaration' && (statement.declaration || statement.source))
      ) {
        fail(
          `the entry ${chunk.fileName} has an export the linker cannot map: ${code.slice(statement.start, statement.end).slice(0, 80)}`,
        );
      }
      if (statement.type === 'ExportNamedDeclaration') {
        for (const specifier of statement.specifiers)
          exported.push([nameOf(specifier.exported), nameOf(specifier.local)]);
        out.remove(statement.start, statement.end);
      }
    }
    const names = {
      shared: freeName(code, '__moShared'),
      load: freeName(code, '__moLoad'),
      tag: freeName(code, '__moTag'),
      cache: freeName(code, '__moParts'),
    };
    const parts = new Set(chunk.dynamicImports);
    const linked = new Set();
    for (const node of scanBody(program, chunk.fileName)) {
      const specifier =
        node.source.type === 'Literal' && typeof node.source.value === 'string' ? node.source.value : null;
      const target = specifier === null ? null : resolveSpecifier(chunk.fileName, specifier);
      if (target === null || !parts.has(target)) continue; // a variable URL: a native import()
      if (node.options) fail(`import("${specifier}") in ${chunk.fileName} has import options`);
      const placeholder = `sha256-${`~${NAME}~${placeholders.size}~`.padEnd(44, '#')}`;
      placeholders.set(placeholder, target);
      out.overwrite(node.start, node.end, `${names.load}(${JSON.stringify(specifier)},${JSON.stringify(placeholder)})`);
      linked.add(target);
    }
    const unlinked = [...parts].filter((part) => !linked.has(part));
    if (unlinked.length > 0)
      fail(`the entry ${chunk.fileName} loads ${unlinked.join(', ')} in a way the linker could not rewrite`);
    if (exported.length > 0 && linked.size === 0)
      fail(`the entry ${chunk.fileName} exports ${exported.map(([name]) => name).join(', ')} but loads no part`);
    const changing = reassignedInFunctions(
      program,
      exported.map(([, local]) => local),
    );
    if (changing.length > 0) {
      fail(
        `the entry hands its parts ${changing.join(', ')}, which a function reassigns; a part would keep the value it had when it loaded (keep such state in an object, or behind a function)`,
      );
    }
    out.prepend(`(()=>{${linked.size > 0 ? loaderRuntime({ key, names }) : ''}`);
    out.append(`${exported.length > 0 ? `\n${names.shared}=${objectLiteral(exported)};` : ''}\n})();`);
    return out;
  }

  function linkPart(code, chunk, entryFileName, key) {
    if (chunk.dynamicImports.length > 0)
      fail(
        `the part ${chunk.fileName} loads ${chunk.dynamicImports.join(', ')}; parts may only be loaded by the entry`,
      );
    const foreign = chunk.imports.filter((file) => file !== entryFileName);
    if (foreign.length > 0)
      fail(
        `the part ${chunk.fileName} imports ${foreign.join(', ')}; a part may only import the entry (a common chunk appeared)`,
      );
    if (!chunk.isDynamicEntry) fail(`${chunk.fileName} is neither the entry nor a dynamically imported part`);
    const program = parseAst(code);
    const out = new MagicString(code);
    const shared = freeName(code, '__moShared');
    const imported = [];
    const exported = [];
    for (const statement of program.body) {
      const source = statement.source ? resolveSpecifier(chunk.fileName, statement.source.value) : null;
      if (statement.source && source !== entryFileName)
        fail(`the part ${chunk.fileName} imports ${statement.source.value}, not the entry`);
      if (statement.type === 'ImportDeclaration') {
        for (const specifier of statement.specifiers) {
          if (specifier.type === 'ImportNamespaceSpecifier')
            fail(`the part ${chunk.fileName} imports the entry as a namespace`);
          imported.push([
            specifier.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(specifier.imported),
            specifier.local.name,
          ]);
        }
        out.remove(statement.start, statement.end);
      } else if (
        statement.type === 'ExportDefaultDeclaration' ||
        statement.type === 'ExportAllDeclaration' ||
        (statement.type === 'ExportNamedDeclaration' && statement.declaration)
      ) {
        fail(
          `the part ${chunk.fileName} has an export the linker cannot map: ${code.slice(statement.start, statement.end).slice(0, 80)}`,
        );
      } else if (statement.type === 'ExportNamedDeclaration') {
        // `export {a as b} from "../entry.js"` re-exports a shared binding as it is.
        for (const specifier of statement.specifiers)
          exported.push([
            nameOf(specifier.exported),
            statement.source ? `${shared}[${JSON.stringify(nameOf(specifier.local))}]` : nameOf(specifier.local),
          ]);
        out.remove(statement.start, statement.end);
      }
    }
    scanBody(program, chunk.fileName);
    const mutable = new Set(
      reassignedInFunctions(
        program,
        exported.map(([, local]) => local),
      ),
    );
    const destructure =
      imported.length > 0
        ? `const{${imported.map(([name, local]) => `${JSON.stringify(name)}:${local}`).join(',')}}=${shared};`
        : '';
    out.prepend(`document.currentScript[${JSON.stringify(key)}](function(${shared}){${destructure}`);
    out.append(`\nreturn${objectLiteral(exported, mutable)}});`);
    return out;
  }

  return {
    name: NAME,
    enforce: 'post',
    renderStart() {
      placeholders.clear();
    },
    renderChunk(code, chunk, outputOptions, meta) {
      if (outputOptions.format !== 'es') fail(`expects ES output, got ${outputOptions.format}`);
      const entries = Object.values(meta.chunks).filter((other) => other.isEntry);
      if (entries.length !== 1)
        fail(`expects one entry, got ${entries.map((entry) => entry.fileName).join(', ') || 'none'}`);
      const entryFileName = entries[0].fileName;
      if (entryFileName.includes('!~{')) fail(`the entry's file name must not carry a hash (${entryFileName})`);
      const key = keyFor(entryFileName);
      const out = chunk.isEntry ? linkEntry(code, chunk, key) : linkPart(code, chunk, entryFileName, key);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      for (const [placeholder, preliminary] of placeholders) {
        const part = chunks.find((chunk) => chunk.preliminaryFileName === preliminary);
        if (!part) fail(`no emitted chunk for ${preliminary}`);
        const at = entry.code.indexOf(placeholder);
        if (at < 0 || entry.code.indexOf(placeholder, at + 1) >= 0)
          fail(`the integrity of ${part.fileName} is not in ${entry.fileName} exactly once`);
        entry.code = entry.code.replace(placeholder, partIntegrityOf(part.code));
      }
      for (const part of chunks.filter((chunk) => !chunk.isEntry)) {
        const leftover = new RegExp(
          `import\\(\\s*["'\`][^"'\`]*${posix.basename(part.fileName).replaceAll('.', '\\.')}`,
        ).exec(entry.code);
        if (leftover) fail(`${entry.fileName} still has ${leftover[0]}: a part import was not rewritten`);
      }
    },
  };
}
