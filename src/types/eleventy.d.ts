// The part of Eleventy's programmatic API that Broadsheet uses (the package ships no types).
declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "../eleventy/plugin.ts";
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (eleventyConfig: EleventyConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
