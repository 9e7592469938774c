"""The Sensitivity page: which assumptions drive a conclusion (Morris screening, Sobol indices)."""
