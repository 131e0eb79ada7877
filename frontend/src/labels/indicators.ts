/** Figures declared by the prefectures (activity, not people: not protected). */
export const DECLARED_INDICATORS: Record<string, string> = {
  PREVENTION_ACTIONS: "Actions de prévention",
  TRAINING_ACTIONS: "Actions de formation",
  CLIENTS_FINED: "Clients verbalisés",
  AWARENESS_COURSES_ORDERED: "Stages de sensibilisation ordonnés",
  PROXENETISME_PROCEDURES: "Procédures pour proxénétisme",
  TRAFFICKING_PROCEDURES: "Procédures pour traite des êtres humains",
};
