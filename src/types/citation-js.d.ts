// The part of citation-js's plugin API that Broadsheet uses (the packages ship no types).
declare module "@citation-js/core" {
  export const plugins: {
    config: { get(plugin: "@csl"): { styles: { add(name: string, xml: string): void; has(name: string): boolean } } };
    output: { format(format: string, data: object[], options?: Record<string, unknown>): unknown };
    input: { chain(input: unknown, options?: Record<string, unknown>): Array<Record<string, unknown>> };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
