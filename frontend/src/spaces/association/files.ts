/** Reading a chosen file as base64, with progress, before sending it to the API. */

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const DOSSIER_FILE_TYPES: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "application/vnd.oasis.opendocument.text": "ODT",
};

export const AGREMENT_FILE_TYPES: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
};

const BY_EXTENSION: Record<string, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  odt: "application/vnd.oasis.opendocument.text",
};

/** The file's MIME type (from the browser, else from its extension). */
export function contentTypeOf(file: File): string {
  if (file.type) return file.type;
  const ext = file.name.split(".").pop()?.toLowerCase() ?? "";
  return BY_EXTENSION[ext] ?? "";
}

/** A French message when the file cannot be sent, else null. */
export function checkFile(file: File, allowed: Record<string, string>): string | null {
  const type = contentTypeOf(file);
  if (!allowed[type]) {
    return `Format non accepté : choisissez un fichier ${Object.values(allowed).join(", ")}.`;
  }
  if (file.size === 0) return "Le fichier est vide.";
  if (file.size > MAX_FILE_BYTES) {
    const mib = (file.size / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
    return `Le fichier pèse ${mib} Mio : la taille maximale est de 10 Mio.`;
  }
  return null;
}

/** Reads the file and returns its content in base64 (without the data: prefix). */
export function readAsBase64(file: File, onProgress: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    };
    reader.onerror = () => reject(new Error("Le fichier n’a pas pu être lu."));
    reader.onload = () => {
      const url = String(reader.result ?? "");
      const comma = url.indexOf(",");
      resolve(comma >= 0 ? url.slice(comma + 1) : url);
    };
    reader.readAsDataURL(file);
  });
}
