//! Agréments.
