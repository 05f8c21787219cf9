import path from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json, `layouts/` and `public/`, wherever the command runs from. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The project's folders and files that the build reads besides `src/`, relative to a project root. */
export const PROJECT_PATHS = {
  /** Eleventy's input folder: the templates. */
  layouts: "layouts",
  /** Static files copied into every site as they are. */
  public: "public",
  /** Eleventy's configuration; Eleventy is handed it by path, not imported. */
  eleventyConfig: ".eleventy.ts",
  /** The exact versions of every package: what shapes a parse or a page besides our code. */
  lockfile: "package-lock.json",
} as const;

export const projectPath = (name: keyof typeof PROJECT_PATHS, root = projectRoot): string => path.join(root, PROJECT_PATHS[name]);
