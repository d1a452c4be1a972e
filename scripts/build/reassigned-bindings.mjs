/**
 * Which top-level bindings of a program are assigned inside a function (or a class body),
 * that is: may change after the program has run. The chunk linker hands a lazy part the
 * entry's bindings by value once the entry has run, so it must refuse those (an ES import
 * would have seen the change). A small scope walk over an ESTree AST: an assignment counts
 * only when no enclosing function, block, catch or class scope declares the name.
 */

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const SKIPPED_KEYS = new Set(['type', 'start', 'end', 'range', 'loc']);

/** The child nodes of `node`, in source order. */
export function childNodes(node) {
  const children = [];
  for (const [key, value] of Object.entries(node)) {
    if (SKIPPED_KEYS.has(key) || value === null || typeof value !== 'object') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== null && typeof item === 'object' && typeof item.type === 'string') children.push(item);
    }
  }
  return children;
}

/** The names a binding pattern (declaration, parameter or assignment target) binds or assigns. */
export function patternNames(pattern, names = []) {
  if (!pattern) return names;
  switch (pattern.type) {
    case 'Identifier':
      names.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const property of pattern.properties)
        patternNames(property.type === 'RestElement' ? property.argument : property.value, names);
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements) patternNames(element, names);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, names);
      break;
    case 'RestElement':
      patternNames(pattern.argument, names);
      break;
    default:
      break; // a member expression assigns no binding
  }
  return names;
}

/** `var` names anywhere in a function body, not inside nested functions. */
function hoistedVars(node, names) {
  if (node.type === 'VariableDeclaration' && node.kind === 'var') {
    for (const declarator of node.declarations) patternNames(declarator.id, names);
  }
  for (const child of childNodes(node)) if (!FUNCTIONS.has(child.type)) hoistedVars(child, names);
  return names;
}

/** Names declared directly in a block's statements by let, const, class or function (strict mode). */
function lexicalNames(statements, names) {
  for (const statement of statements) {
    if (statement.type === 'VariableDeclaration' && statement.kind !== 'var') {
      for (const declarator of statement.declarations) patternNames(declarator.id, names);
    } else if ((statement.type === 'ClassDeclaration' || statement.type === 'FunctionDeclaration') && statement.id) {
      names.push(statement.id.name);
    }
  }
  return names;
}

/** The names `node` declares for its own subtree, or null when it opens no scope. */
function scopeOf(node) {
  if (FUNCTIONS.has(node.type)) {
    const names = node.params.flatMap((param) => patternNames(param));
    if (node.type === 'FunctionExpression' && node.id) names.push(node.id.name);
    if (node.body.type === 'BlockStatement') hoistedVars(node.body, names);
    return names;
  }
  switch (node.type) {
    case 'BlockStatement':
    case 'Program':
      return node.type === 'Program' ? null : lexicalNames(node.body, []);
    case 'StaticBlock':
      return lexicalNames(node.body, hoistedVars(node, []));
    case 'SwitchStatement':
      return lexicalNames(
        node.cases.flatMap((entry) => entry.consequent),
        [],
      );
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement': {
      const head = node.type === 'ForStatement' ? node.init : node.left;
      return head?.type === 'VariableDeclaration' && head.kind !== 'var'
        ? head.declarations.flatMap((declarator) => patternNames(declarator.id))
        : null;
    }
    case 'CatchClause':
      return patternNames(node.param);
    case 'ClassExpression':
      return node.id ? [node.id.name] : null;
    default:
      return null;
  }
}

/** The names in `candidates` that some function or class body assigns at the program's top level. */
export function reassignedInFunctions(program, candidates) {
  const wanted = new Set(candidates);
  const found = new Set();
  const visit = (node, scopes, deferred) => {
    const own = scopeOf(node);
    const inner = own && own.length > 0 ? [...scopes, new Set(own)] : scopes;
    const later = deferred || FUNCTIONS.has(node.type) || node.type === 'ClassBody';
    let targets = [];
    if (node.type === 'AssignmentExpression') targets = patternNames(node.left);
    else if (node.type === 'UpdateExpression') targets = patternNames(node.argument);
    else if (
      (node.type === 'ForInStatement' || node.type === 'ForOfStatement') &&
      node.left.type !== 'VariableDeclaration'
    )
      targets = patternNames(node.left);
    for (const name of targets) {
      if (later && wanted.has(name) && !inner.some((scope) => scope.has(name))) found.add(name);
    }
    for (const child of childNodes(node)) visit(child, inner, later);
  };
  visit(program, [], false);
  return [...found].sort();
}
