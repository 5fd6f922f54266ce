// The message catalogues (every zh/en pair of objects in src/**/*messages*.ts) hold only texts some code
// shows, and the two languages hold the same keys. A text nobody shows is one that a translator keeps
// up to date for nothing, and a key only one language has is a sentence the other language lacks.
import { basename, join, relative } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, expect, test } from 'vitest';
import { EXPLAIN_KEYS } from '../../src/i18n/explain.js';
import { REASON_KEYS } from '../../src/i18n/reasons.js';
import { checkMessages } from '../../src/questionnaire/messages.js';
import { SITUATIONS } from '../../src/questionnaire/situations.js';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A catalogue: a top-level `const` of one language in a messages file, and the object literal it holds. */
interface Catalogue {
  file: string;
  lang: 'zh' | 'en';
  name: ts.Identifier;
  literal: ts.ObjectLiteralExpression;
}

const ZH_NAME = /^(zh|ZH|messagesZh|[A-Z_]+_ZH)$/;
const EN_NAME = /^(en|EN|messagesEn|[A-Z_]+_EN)$/;

function byFile(list: readonly Catalogue[]): Map<string, Catalogue[]> {
  const files = new Map<string, Catalogue[]>();
  for (const catalogue of list) files.set(catalogue.file, [...(files.get(catalogue.file) ?? []), catalogue]);
  return files;
}

/** A property's symbol or one of its declarations (a mapped type's keys, `Record<KeyPart, string>`, have no declaration). */
type Reached = ts.Symbol | ts.Declaration;

let program: ts.Program;
let checker: ts.TypeChecker;
let catalogues: Catalogue[];

beforeAll(() => {
  const files = sourceFiles(join(root, 'src'));
  program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, resolveJsonModule: true, skipLibCheck: true, types: ['node'] });
  checker = program.getTypeChecker();
  catalogues = files.filter((file) => basename(file).includes('messages')).flatMap((file) => {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the program`);
    return source.statements.filter(ts.isVariableStatement).flatMap((statement) => statement.declarationList.declarations).flatMap((declaration): Catalogue[] => {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer || !ts.isObjectLiteralExpression(declaration.initializer)) return [];
      const lang = ZH_NAME.test(declaration.name.text) ? 'zh' : EN_NAME.test(declaration.name.text) ? 'en' : null;
      return lang ? [{ file: relative(root, file), lang, name: declaration.name, literal: declaration.initializer }] : [];
    });
  });
}, 60_000);

/** The keys a type holds, nested groups as `outer.inner`. */
function keysOfType(type: ts.Type, prefix = ''): string[] {
  return checker.getPropertiesOfType(type).flatMap((property) => {
    const key = `${prefix}${property.name}`;
    const value = checker.getTypeOfSymbol(property);
    const nested = value.getCallSignatures().length === 0 && (value.flags & ts.TypeFlags.Object) !== 0;
    return nested ? [key, ...keysOfType(value, `${key}.`)] : [key];
  });
}

/** The keys a catalogue's literal holds as written (a group cast to a record keeps its keys), spread catalogues by their type. */
function keysOf(literal: ts.ObjectLiteralExpression, prefix = ''): string[] {
  return literal.properties.flatMap((property) => {
    if (ts.isSpreadAssignment(property)) return keysOfType(checker.getTypeAtLocation(property.expression), prefix);
    const key = `${prefix}${property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : property.name?.getText()}`;
    let value: ts.Expression | undefined = ts.isPropertyAssignment(property) ? property.initializer : undefined;
    while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value))) value = value.expression;
    return value && ts.isObjectLiteralExpression(value) ? [key, ...keysOf(value, `${key}.`)] : [key];
  });
}

test('every messages file holds its catalogues in pairs, one Chinese and one English', () => {
  const files = byFile(catalogues);
  expect(files.size).toBeGreaterThan(10);
  for (const [file, list] of files) {
    expect({ file, langs: list.map((catalogue) => catalogue.lang).sort() }).toEqual({ file, langs: ['en', 'zh'] });
  }
});

test('the Chinese and the English catalogue of each file hold the same keys', () => {
  for (const [file, list] of byFile(catalogues)) {
    const [zh, en] = ['zh', 'en'].map((lang) => list.find((catalogue) => catalogue.lang === lang));
    if (!zh || !en) throw new Error(`${file} lacks a language`);
    expect({ file, keys: keysOf(en.literal).sort() }).toEqual({ file, keys: keysOf(zh.literal).sort() });
  }
});

/**
 * Every declaration each key of a catalogue is reached through: its declared type's and its literal's own;
 * nested groups (`rosterOptions.year`) too, unless the group is a record read by a computed key
 * (`situation[id]`), which the questionnaire's tests below hold instead.
 */
function keyDeclarations(declared: ts.Type, literal: ts.Type, prefix = '', keys = new Map<string, Set<Reached>>()): Map<string, Set<Reached>> {
  for (const property of checker.getPropertiesOfType(literal)) {
    const declaredProperty = declared.getProperty(property.name);
    const through = [property, declaredProperty].flatMap((symbol) => (symbol ? [symbol, ...(symbol.declarations ?? [])] : []));
    keys.set(`${prefix}${property.name}`, new Set(through));
    const value = checker.getTypeOfSymbol(property);
    const declaredValue = declaredProperty ? checker.getTypeOfSymbol(declaredProperty) : value;
    const group = value.getCallSignatures().length === 0 && (value.flags & ts.TypeFlags.Object) !== 0;
    if (group && !checker.getIndexInfoOfType(declaredValue, ts.IndexKind.String)) keyDeclarations(declaredValue, value, `${prefix}${property.name}.`, keys);
  }
  return keys;
}

/** Every property some source file reads (`m.key`, `m['key']`, `m.part[kind]`, `const { key } = m`): its symbol and declarations. */
function propertiesRead(): Set<Reached> {
  const read = new Set<Reached>();
  const note = (symbol: ts.Symbol | undefined) => {
    if (!symbol) return;
    read.add(symbol);
    for (const declaration of symbol.declarations ?? []) read.add(declaration);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) note(checker.getSymbolAtLocation(node.name));
    else if (ts.isElementAccessExpression(node)) {
      // m.part[kind]: every key the index's type allows is read; an index of any string reads them all
      const object = checker.getTypeAtLocation(node.expression);
      const index = checker.getTypeAtLocation(node.argumentExpression);
      const literals = (index.isUnion() ? index.types : [index]).filter((type) => type.isStringLiteral());
      if (literals.length > 0 && literals.length === (index.isUnion() ? index.types.length : 1)) for (const literal of literals) note(object.getProperty(literal.value));
      else for (const property of checker.getPropertiesOfType(object)) note(property);
    }
    else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const name = node.propertyName ?? node.name;
      if (ts.isIdentifier(name)) note(checker.getTypeAtLocation(node.parent).getProperty(name.text));
    }
    ts.forEachChild(node, visit);
  };
  for (const source of program.getSourceFiles()) if (!source.isDeclarationFile && source.fileName.startsWith(join(root, 'src'))) visit(source);
  return read;
}

test('every key of a catalogue is read by some source file', () => {
  const read = propertiesRead();
  const unread = catalogues.filter((catalogue) => catalogue.lang === 'zh').flatMap((catalogue) =>
    [...keyDeclarations(checker.getTypeAtLocation(catalogue.name), checker.getTypeAtLocation(catalogue.literal))].filter(([, through]) => ![...through].some((reached) => read.has(reached))).map(([key]) => `${catalogue.file}: ${key}`));
  expect(unread).toEqual([]);
});

test('the questionnaire names each situation of its checklist, and no other', () => {
  const situations = SITUATIONS.map((situation) => situation.id).sort();
  for (const lang of ['zh', 'en'] as const) expect(Object.keys(checkMessages(lang).situation).sort()).toEqual(situations);
});

test('every reason sentence is for a reason key the engine gives or the data of an item may name', () => {
  const engine = ['src/engine', 'src/policy'].flatMap((dir) => sourceFiles(join(root, dir))).map((file) => readFileSync(file, 'utf8')).join('\n');
  const given = (key: string) => [`'${key}'`, `"${key}"`].some((quoted) => engine.includes(quoted));
  expect([...REASON_KEYS, ...EXPLAIN_KEYS].filter((key) => !given(key))).toEqual([]);
});
