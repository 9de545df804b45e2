// ESLint rule: a "use client" module does not import the `@ig/domain` barrel, only its subpaths
// (`@ig/domain/enums` …). The barrel re-exports every schema, so one value import from it once
// put zod and every schema into every page's JavaScript. Type-only imports are erased: allowed.
const barrel = "@ig/domain";

const isClientModule = (program) =>
  program.body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");

const typeOnly = (node) =>
  node.importKind === "type" ||
  node.exportKind === "type" ||
  (node.specifiers?.length > 0 &&
    node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

export const noDomainBarrelInClient = {
  meta: {
    type: "problem",
    docs: { description: 'In a "use client" module, import @ig/domain\'s subpaths, not its barrel.' },
    messages: {
      barrel:
        'A "use client" module imports the @ig/domain barrel, which ships every schema (and zod) to the browser: import from a subpath such as @ig/domain/enums.',
    },
    schema: [],
  },
  create(context) {
    if (!isClientModule(context.sourceCode.ast)) return {};
    const check = (node) => {
      if (node.source?.value === barrel && !typeOnly(node)) context.report({ node, messageId: "barrel" });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
