// The part of @11ty/eleventy-img's API that Broadsheet uses (the package ships no types).
declare module "@11ty/eleventy-img" {
  interface ImageOptions {
    widths: number[];
    formats: string[];
    outputDir: string;
    filenameFormat: (id: string, src: unknown, width: number, format: string) => string;
    formatFiltering: string[];
    minimumThreshold: number;
    useCache: boolean;
  }
  export default function Image(src: string | Uint8Array, options: ImageOptions): Promise<Record<string, Array<{ width: number; height: number; outputPath: string }>>>;
}
