-- Control numbers of the X12 interchanges HaloWill sends (997, 855, 856): ISA13 and GS06, unique per sender.
create sequence api.x12_control_number minvalue 1 maxvalue 999999999 cycle;
