export * from "./kind-definition.ts";
export * from "./kind-names.ts";
export * from "./content-kinds.ts";
export * from "./park-kind.ts";
export * from "./project-kind.ts";
export * from "./policy-kind.ts";
export * from "./news-kind.ts";
