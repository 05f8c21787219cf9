// Broadsheet's one-way stages, checked by `npm run lint:stages` (dependency-cruiser).
// The rules are derived from the one ordered list below: edit the list, not the rules.

// The base: shared types and constants that every stage may import, and that import no stage.
const base = ["src/article\\.ts$", "src/site\\.config\\.ts$", "src/common/", "src/types/"];

// Stages in data-flow order. A folder may import the base and the folders in earlier entries;
// folders in one entry are siblings and may not import each other. bench comes last: it may import anything.
const stages = [["parse"], ["archive"], ["site"], ["render", "search"], ["incremental"], ["publish"], ["pipeline"], ["serve"], ["report"], ["cli"], ["bench"]];

const folderPattern = (folders) => `^src/(${folders.join("|")})/`;
const basePattern = `^(${base.join("|")})`;

const stageRules = stages.flatMap((entry, index) =>
  entry
    .map((folder) => ({ folder, notYetBuilt: [...entry.filter((other) => other !== folder), ...stages.slice(index + 1).flat()] }))
    .filter(({ notYetBuilt }) => notYetBuilt.length > 0)
    .map(({ folder, notYetBuilt }) => ({
      name: `stage-${folder}`,
      comment: `src/${folder}/ may import only the base and the stages before it, not ${notYetBuilt.join(", ")}`,
      severity: "error",
      from: { path: folderPattern([folder]) },
      to: { path: folderPattern(notYetBuilt) },
    })),
);

module.exports = {
  forbidden: [
    ...stageRules,
    {
      name: "stage-base",
      comment: "the base (article.ts, site.config.ts, common/, types/) is shared by every stage, so it imports none",
      severity: "error",
      from: { path: basePattern },
      to: { path: folderPattern(stages.flat()) },
    },
    {
      name: "stage-unlisted",
      comment: "every file in src/ belongs to the base or to a stage: add a new folder to the list in .dependency-cruiser.cjs",
      severity: "error",
      from: { path: "^src/", pathNot: `${basePattern}|${folderPattern(stages.flat())}` },
      to: {},
    },
    {
      name: "no-circular",
      comment: "modules that import each other cannot be understood, tested or reordered one at a time",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "src-not-tests",
      comment: "the program must not depend on its tests (tests/support and fixtures are for tests only)",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^tests/" },
    },
    {
      name: "resolvable",
      comment: "an import the cruiser cannot resolve is an edge it cannot check",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count too: a stage that needs a later stage's types depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
