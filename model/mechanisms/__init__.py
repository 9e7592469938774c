"""The platform mechanisms (institutions) M1-M7, one module each.

All switched off is the baseline bureaucracy M0: citizens find a department themselves and a
wrong guess travels up and down the hierarchy.  ``design.effective`` turns a scenario's
``mechanisms`` section into one :class:`~model.mechanisms.design.Institutions` record of the
numbers the engine uses, with the data-asset levers (M7) already applied.
"""
