import { useId, useRef, useState, type FormEvent } from "react";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Progress } from "../../components/Progress";
import { checkFile, contentTypeOf, readAsBase64 } from "./files";
import { formatSize } from "../../labels";

export type FilePayload = { kind: string; filename: string; contentType: string; contentBase64: string };

type Phase = { step: "reading"; pct: number } | { step: "sending" } | null;

/**
 * "Kind + file" form: checks type and size before reading, reads as base64 with a progress
 * bar, then calls `send` (which shows its own errors). Returns to empty after success.
 */
export function UploadForm({
  kinds,
  allowed,
  formatsText,
  submitLabel,
  send,
  fixedKind,
}: {
  kinds: { value: string; label: string }[];
  allowed: Record<string, string>;
  formatsText: string;
  submitLabel: string;
  send: (p: FilePayload) => Promise<boolean>;
  fixedKind?: string;
}) {
  const [kind, setKind] = useState(fixedKind ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [kindError, setKindError] = useState(false);
  const [phase, setPhase] = useState<Phase>(null);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const missingKind = !kind;
    setKindError(missingKind);
    const problem = file ? checkFile(file, allowed) : "Choisissez un fichier.";
    setFileError(problem);
    if (missingKind) return document.getElementById(`${id}-kind`)?.focus();
    if (problem || !file) return input.current?.focus();
    setPhase({ step: "reading", pct: 0 });
    let base64: string;
    try {
      base64 = await readAsBase64(file, (l, t) => setPhase({ step: "reading", pct: Math.round((l / t) * 100) }));
    } catch {
      setPhase(null);
      setFileError("Le fichier n’a pas pu être lu. Choisissez-le à nouveau.");
      return;
    }
    setPhase({ step: "sending" });
    const ok = await send({ kind, filename: file.name, contentType: contentTypeOf(file), contentBase64: base64 });
    setPhase(null);
    if (ok) {
      setDone(`« ${file.name} » a bien été envoyé.`);
      setFile(null);
      if (!fixedKind) setKind("");
      if (input.current) input.current.value = "";
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {!fixedKind && (
        <Select
          label="Type de document"
          {...(kindError ? { state: "error" as const, stateRelatedMessage: "Choisissez le type de document." } : {})}
          nativeSelectProps={{ id: `${id}-kind`, value: kind, onChange: (e) => setKind(e.target.value) }}
        >
          <option value="" disabled>
            Sélectionnez un type
          </option>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </Select>
      )}
      <Upload
        label="Fichier"
        hint={`${formatsText}, 10 Mio au plus.`}
        state={fileError ? "error" : "default"}
        stateRelatedMessage={fileError ?? undefined}
        nativeInputProps={{
          ref: input,
          accept: Object.keys(allowed).join(","),
          onChange: (e) => {
            const f = e.target.files?.[0] ?? null;
            setFile(f);
            setDone(null);
            setFileError(f ? checkFile(f, allowed) : null);
          },
        }}
      />
      {file && !fileError && (
        <p className="fr-text--sm fr-mt-1w">
          Fichier choisi : {file.name} ({formatSize(file.size)})
        </p>
      )}
      <div aria-live="polite">
        {phase?.step === "reading" && <Progress label="Lecture du fichier" value={phase.pct} />}
        {phase?.step === "sending" && <Progress label="Envoi du document" />}
        {done && <p className="fr-message fr-message--valid fr-mt-1w">{done}</p>}
      </div>
      <Button type="submit" className="fr-mt-2w" iconId="fr-icon-upload-line" disabled={phase !== null}>
        {submitLabel}
      </Button>
    </form>
  );
}
