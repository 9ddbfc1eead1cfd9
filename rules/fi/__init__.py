"""Finnish rules: one module per benefit or tax, the pipeline that applies them in the
authorities' order, and the parameter data in ``params/``."""
